package io.movierecs.web.models;

public class ModelObjectNotFoundException extends RuntimeException {

    public ModelObjectNotFoundException(String uri) {
        super("No such object in the model store: " + uri);
    }
}
