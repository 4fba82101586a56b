package io.movierecs.job;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Spark work started from extra driver threads, beside the main thread's. On a small input each
 * pipeline of short stages leaves the cores idle between them (planning, code generation,
 * scheduling) and the others fill the gaps; on a cluster their tasks take the slots left free.
 */
final class SideBySide implements AutoCloseable {
    private final ExecutorService threads;

    SideBySide(String name, int threadCount) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, work -> {
            Thread thread = new Thread(work, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            // Spark finds the job's classes through the context class loader, as on the main thread.
            thread.setContextClassLoader(loader);
            return thread;
        });
    }

    <T> CompletableFuture<T> start(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, threads);
    }

    /** The work's result, or its failure as thrown on the thread that ran it. */
    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
