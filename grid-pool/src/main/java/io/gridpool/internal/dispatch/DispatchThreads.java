package io.gridpool.internal.dispatch;

import io.gridpool.internal.worker.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The dispatcher's own threads: feed threads that read calls' inputs (which may block), completion
 * threads that take answers, and a timer for pauses and the starvation watch. All are daemons
 * named after the pool. Thread-safe.
 */
final class DispatchThreads {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchThreads.class);

    private final ExecutorService feeds;
    private final ExecutorService completions;
    private final ScheduledExecutorService timer;

    DispatchThreads(String pool) {
        this.feeds = Threads.cached(pool + "-feed");
        this.completions = Threads.cached(pool + "-result");
        this.timer = Threads.timer(pool + "-timer");
    }

    /** Reads an input on a feed thread; false if the pool no longer reads. */
    boolean feed(Runnable task) {
        return execute(feeds, task);
    }

    /** Runs a task on a completion thread, or on this thread once they are shut down. */
    void complete(Runnable task) {
        if (!execute(completions, task)) {
            task.run();
        }
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    /** Runs a task on the timer every {@code millis}, until the timer stops; one that throws is logged. */
    void every(long millis, Runnable task) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("a periodic task of the pool failed", e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Interrupts the inputs being read, and reads no more. */
    void stopFeeding() {
        feeds.shutdownNow();
    }

    /** Schedules nothing more. */
    void stopTimer() {
        timer.shutdown();
    }

    /** Lets the threads end once their work is done. */
    void shutdown() {
        feeds.shutdown();
        completions.shutdown();
        timer.shutdownNow();
    }

    private static boolean execute(ExecutorService executor, Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }
}
