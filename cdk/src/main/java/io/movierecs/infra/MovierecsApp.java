package io.movierecs.infra;

import software.amazon.awscdk.App;

public final class MovierecsApp {

    public static void main(String[] args) {
        App app = new App();
        new DataStack(app, "MovierecsData");
        app.synth();
    }
}
