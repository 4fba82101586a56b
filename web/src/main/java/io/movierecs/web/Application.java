package io.movierecs.web;

import io.micronaut.runtime.Micronaut;
import io.movierecs.web.movies.ImportCommand;

public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            System.exit(ImportCommand.run(args, System.out));
        }
        Micronaut.run(Application.class, args);
    }
}
