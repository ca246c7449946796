package io.gridpool.internal.worker;

import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A chunk running on a thread, from its start to its close. A cancel that comes after the chunk
 * registered finds it among the running and stops it; one that came before is seen by the start's
 * second look, so the flag alone answers the chunk's question between elements (a volatile read).
 */
final class Running implements AutoCloseable {

    private final ChunkId id;
    private final Thread thread;
    private final Set<Running> running;
    private final BooleanSupplier marked;
    private boolean open = true;
    private volatile boolean stopped;

    /**
     * @param running where the worker keeps its running chunks; this one leaves it when closed
     * @param marked whether a mark now says the chunk must not run
     */
    Running(ChunkId id, Thread thread, Set<Running> running, BooleanSupplier marked) {
        this.id = id;
        this.thread = thread;
        this.running = running;
        this.marked = marked;
    }

    ChunkId id() {
        return id;
    }

    /** Whether the chunk was stopped from outside. */
    boolean cancelled() {
        return stopped;
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
            if (stopped || marked.getAsBoolean()) {
                Thread.interrupted();
            }
        }
        running.remove(this);
    }
}
