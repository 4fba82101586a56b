package io.movierecs.contracts;

/** A job argument that is missing or malformed; the message names the argument. */
public final class InvalidJobArgumentException extends IllegalArgumentException {
    private final String argument;

    public InvalidJobArgumentException(String argument, String problem) {
        super(argument + " " + problem);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
