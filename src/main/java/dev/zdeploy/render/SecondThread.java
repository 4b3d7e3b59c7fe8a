package dev.zdeploy.render;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One worker thread beside the caller's, for work whose result does not change what the caller does
 * next: the lint gate of a member already rendered while the next one renders, the manifest while
 * the members render ({@code ZDeploy.render}). Its tasks run one at a time in the order given, and
 * each result is taken in that order, so the outcome is the same as running them in line: same bytes,
 * same findings, same first failure. Closing drops the tasks not yet begun (their results were not
 * wanted: the caller failed first) and waits for the one running, so nothing goes on after the call
 * that made it returns.
 */
public final class SecondThread implements AutoCloseable {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "zdeploy-second");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts {@code task} after the tasks given before it. */
    public <T> Future<T> submit(Callable<T> task) {
        return worker.submit(task);
    }

    /**
     * The result of {@code task}, waiting for it: what it returned, or what it threw, thrown here as it
     * was (an unchecked exception or an error such as OutOfMemoryError, so callers report it as they
     * would had it run in line).
     */
    public static <T> T get(Future<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Drops the tasks not yet begun, waits for the one running, and ends the thread. */
    @Override
    public void close() {
        worker.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (worker.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
