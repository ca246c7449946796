package io.gridpool.internal.worker;

import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Watches the elements of a worker's chunks that have a deadline: every tick it interrupts an
 * element that has run longer than its chunk's timeout. It starts with the first timed chunk and
 * runs until its worker stops. One timer thread serves every worker of this JVM. Thread-safe.
 */
final class DeadlineWatch {

    static final long TICK_MILLIS = 25;
    private static final ScheduledExecutorService TIMER = Threads.timer("gridpool-deadlines");

    private final Set<Running> running;
    private final BooleanSupplier workerRuns;
    private ScheduledFuture<?> ticks;

    /** {@code workerRuns}: false once the worker is gone, which ends the watch. */
    DeadlineWatch(Set<Running> running, BooleanSupplier workerRuns) {
        this.running = running;
        this.workerRuns = workerRuns;
    }

    /** Starts watching, unless it does already. */
    synchronized void start() {
        if (ticks == null) {
            ticks = TIMER.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops watching. */
    synchronized void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    private void tick() {
        if (!workerRuns.getAsBoolean()) {
            stop();
            return;
        }
        long now = System.nanoTime();
        for (Running run : running) {
            if (run.timed()) {
                run.interruptIfOverdue(now);
            }
        }
    }
}
