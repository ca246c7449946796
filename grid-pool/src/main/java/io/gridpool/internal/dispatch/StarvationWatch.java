package io.gridpool.internal.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches for a pool without worker slots: a call that has waited for one longer than the pool
 * allows is failed, rather than waiting for ever. The check runs on the timer; the watch's state
 * is guarded by the dispatcher's lock.
 */
final class StarvationWatch {

    private final long boundNanos;
    private final ScheduledExecutorService timer;
    private final Runnable check;
    private long starvedSince = System.nanoTime();

    /** {@code check} asks for the calls that {@link #starved} names; it runs on the timer. */
    StarvationWatch(long boundNanos, ScheduledExecutorService timer, Runnable check) {
        this.boundNanos = boundNanos;
        this.timer = timer;
        this.check = check;
    }

    /** The pool's slots changed to {@code slots}. */
    void slots(int slots) {
        if (slots > 0) {
            starvedSince = -1;
        } else if (starvedSince < 0) {
            starvedSince = System.nanoTime();
            schedule(boundNanos);
        }
    }

    /** A call began while the pool had {@code slots} slots. */
    void began(int slots) {
        if (slots == 0) {
            schedule(boundNanos);
        }
    }

    /** The calls of {@code registry} that have waited for a slot too long; schedules the next check. */
    List<Job> starved(Registry registry, int slots) {
        List<Job> starved = new ArrayList<>();
        if (starvedSince < 0 || slots > 0) {
            return starved;
        }
        long now = System.nanoTime();
        long nextDue = Long.MAX_VALUE;
        for (Job job : registry.all()) {
            long waited = now - Math.max(registry.since(job), starvedSince);
            if (waited < boundNanos) {
                nextDue = Math.min(nextDue, boundNanos - waited);
            } else {
                starved.add(job);
            }
        }
        if (nextDue != Long.MAX_VALUE) {
            schedule(nextDue);
        }
        return starved;
    }

    private void schedule(long delayNanos) {
        try {
            timer.schedule(check, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the pool is shutting down
        }
    }
}
