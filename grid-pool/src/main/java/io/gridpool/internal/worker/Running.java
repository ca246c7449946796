package io.gridpool.internal.worker;

import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A chunk on a worker's thread, from its arrival to its close: it waits for a slot on the worker's
 * {@link SlotQueue}, runs, and between elements gives its slot up to work that ranks higher. A
 * cancel that comes after the chunk registered finds it among the running and stops it, waiting or
 * running; one that came before is seen by the start's second look, so the flag alone answers the
 * chunk's question between elements (a volatile read). With a deadline, it also knows which
 * element runs since when, so that the {@link DeadlineWatch} can interrupt one that overruns, and
 * the driver can learn of one that ignores the interrupt.
 */
final class Running implements AutoCloseable {

    private final ChunkId id;
    private final Thread thread;
    private final Set<Running> running;
    private final BooleanSupplier marked;
    private final long timeoutNanos;
    private Turn turn;
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
     */
    Running(ChunkId id, Thread thread, Set<Running> running, BooleanSupplier marked, long timeoutNanos) {
        this.id = id;
        this.thread = thread;
        this.running = running;
        this.marked = marked;
        this.timeoutNanos = timeoutNanos;
    }

    /** What became of a chunk's wait for a slot. */
    enum Admission {
        /** It has a slot and runs. */
        RUNS,
        /** The queue was full, or made room for a call with fewer chunks there: sent again later or elsewhere. */
        BUSY,
        /** The worker drains: the chunk is turned away before it ran, to run elsewhere. */
        REFUSED,
        /** Its call or pool was cancelled, or its driver left, while it waited. */
        CANCELLED
    }

    /** Waits for a slot on {@code queue}, where the chunk ranks with its pool's {@code priority}. */
    Admission awaitSlot(SlotQueue queue, int priority) {
        Turn entered = queue.enter(new SlotQueue.CallKey(id.driver(), id.pool(), id.call()), priority);
        if (entered == null) {
            return Admission.BUSY;
        }
        synchronized (this) {
            turn = entered;
        }
        try {
            return switch (entered.await()) {
                case RUNNING -> Admission.RUNS;
                case REFUSED -> Admission.REFUSED;
                case BUSY -> Admission.BUSY;
                default -> Admission.CANCELLED;
            };
        } catch (InterruptedException e) {
            return Admission.CANCELLED;
        }
    }

    /**
     * Between two elements: gives the slot up to work that ranks higher, and waits for one again.
     * False if the chunk was cancelled while it waited.
     */
    boolean giveWayIfOutranked() {
        try {
            turn.giveWayIfOutranked();
            return !stopped;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** The chunk's turn on the queue, or {@code null} before it entered or if it was turned away. */
    synchronized Turn turn() {
        return turn;
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
        Turn entered = turn();
        if (entered != null) {
            entered.leave();
        }
    }
}
