package io.gridpool.internal.worker;

import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A chunk running on a thread, from its start to its close. A cancel that comes after the chunk
 * registered finds it among the running and stops it; one that came before is seen by the start's
 * second look, so the flag alone answers the chunk's question between elements (a volatile read).
 * With a deadline, it also knows which element runs since when, so that the {@link DeadlineWatch}
 * can interrupt one that overruns, and the driver can learn of one that ignores the interrupt.
 */
final class Running implements AutoCloseable {

    private final ChunkId id;
    private final Thread thread;
    private final Set<Running> running;
    private final BooleanSupplier marked;
    private final long timeoutNanos;
    private final int slot;
    private final Runnable freeSlot;
    private boolean open = true;
    private volatile boolean stopped;
    /** Guarded by this: the element in progress, since when (0 when none runs), and the overdue one. */
    private int offset;
    private long elementSince;
    private int overdueOffset = -1;
    private long overdueSince;

    /**
     * @param running where the worker keeps its running chunks; this one leaves it when closed
     * @param marked whether a mark now says the chunk must not run
     * @param timeoutNanos the longest an element may run, or 0
     * @param slot the worker's slot it runs on; {@code freeSlot} frees it
     */
    Running(ChunkId id, Thread thread, Set<Running> running, BooleanSupplier marked, long timeoutNanos, int slot,
            Runnable freeSlot) {
        this.id = id;
        this.thread = thread;
        this.running = running;
        this.marked = marked;
        this.timeoutNanos = timeoutNanos;
        this.slot = slot;
        this.freeSlot = freeSlot;
    }

    /** The worker's slot it runs on, from 0. */
    int slot() {
        return slot;
    }

    ChunkId id() {
        return id;
    }

    /** Whether the chunk was stopped from outside. */
    boolean cancelled() {
        return stopped;
    }

    boolean timed() {
        return timeoutNanos > 0;
    }

    long timeoutNanos() {
        return timeoutNanos;
    }

    /** The element at {@code offset} starts now. Only for a timed chunk. */
    synchronized void elementStarts(int offset) {
        this.offset = offset;
        this.elementSince = System.nanoTime();
    }

    /** The element that ran has returned or thrown; returns whether it overran its deadline. Only for a timed chunk. */
    synchronized boolean elementEnds() {
        elementSince = 0;
        return overdueOffset == offset;
    }

    /**
     * Interrupts the element in progress if it has run longer than the deadline at {@code now};
     * each element at most once.
     */
    synchronized void interruptIfOverdue(long now) {
        if (open && elementSince != 0 && now - elementSince > timeoutNanos && overdueOffset != offset) {
            overdueOffset = offset;
            overdueSince = now;
            thread.interrupt();
        }
    }

    /**
     * The offset of the element that overran its deadline at least {@code graceNanos} ago and still
     * runs, having ignored its interrupt; -1 if none.
     */
    synchronized int stuck(long now, long graceNanos) {
        return elementSince != 0 && overdueOffset == offset && now - overdueSince >= graceNanos ? offset : -1;
    }

    /** Stops the chunk, and interrupts the thread only while it still runs it, never its next task. */
    synchronized void interrupt() {
        stopped = true;
        if (open) {
            thread.interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            open = false;
            if (stopped || overdueOffset >= 0 || marked.getAsBoolean()) {
                Thread.interrupted();
            }
        }
        running.remove(this);
        freeSlot.run();
    }
}
