package io.movierecs.web.operations;

import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

/** The server records a request once its response has gone out, a moment after the client has it. */
final class Eventually {

    private Eventually() {
    }

    static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError | NoSuchElementException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
