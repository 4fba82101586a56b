package io.movierecs.local;

/** One in-memory pair of emulators per JVM, for test suites; stopped when the JVM exits. */
public final class SharedLocalAws {
    private static LocalAws instance;

    private SharedLocalAws() {
    }

    public static synchronized LocalAws get() {
        if (instance == null) {
            instance = LocalAws.startInMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "local-aws-shutdown"));
        }
        return instance;
    }
}
