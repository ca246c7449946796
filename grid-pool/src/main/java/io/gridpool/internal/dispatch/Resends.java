package io.gridpool.internal.dispatch;

import io.gridpool.PoolTaskException;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The rules for sending a chunk again: how many times a chunk may lose its worker before it is
 * taken for a poison pill, and how long a chunk that did not reach its worker waits before it
 * goes out again (backing off, up to two seconds). Thread-safe.
 */
final class Resends {

    private static final long MAX_BACKOFF_MILLIS = 2_000;

    private final int maxAttempts;
    private final ScheduledExecutorService timer;

    Resends(int maxAttempts, ScheduledExecutorService timer) {
        this.maxAttempts = maxAttempts;
        this.timer = timer;
    }

    /** Whether the chunk has lost its worker as many times as it may. Under the dispatcher's lock. */
    boolean spent(Chunk chunk) {
        return chunk.attempts() >= maxAttempts;
    }

    /** The error of a chunk that took a worker down with it each time it was sent. Under the dispatcher's lock. */
    PoolTaskException poisonPill(Chunk chunk, Throwable last) {
        List<String> triedOn = chunk.triedOn();
        return new PoolTaskException(chunk + " was sent " + chunk.attempts() + " times and each time the member "
                + "running it was lost (" + String.join(", ", triedOn) + "); it is not sent again, in case "
                + "it is what takes members down", chunk.indexOf(0), triedOn.get(triedOn.size() - 1), last);
    }

    /** Runs {@code requeue} after a pause that grows with the chunk's sends; at once if the pool is stopping. */
    void later(Chunk chunk, Runnable requeue) {
        long delay = Math.min(MAX_BACKOFF_MILLIS, 50L << Math.min(6, chunk.triedOn().size()));
        try {
            timer.schedule(requeue, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            requeue.run();
        }
    }
}
