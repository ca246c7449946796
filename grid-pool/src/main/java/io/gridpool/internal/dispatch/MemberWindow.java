package io.gridpool.internal.dispatch;

import io.gridpool.internal.wire.WorkerLoad;
import io.gridpool.internal.worker.Worker;

/**
 * The chunks in flight to one worker, and how many it may have: its slots times the pool's
 * in-flight chunks per slot, so that a worker finishing a chunk finds the next one already there;
 * never more than the worker may hold; and, while other pools have work there too, a share of that,
 * so that the worker's queue stays short whatever the number of drivers. Knows, as last told, how
 * busy the worker is with the work of others. Guarded by the dispatcher's lock.
 */
final class MemberWindow {

    private final Worker worker;
    private int slots;
    private int perSlot;
    private int holds;
    private WorkerLoad load = WorkerLoad.NONE;
    private long loadedAt = System.nanoTime();
    private int inFlight;

    MemberWindow(Worker worker) {
        this.worker = worker;
    }

    Worker worker() {
        return worker;
    }

    /** The worker runs {@code slots} chunks at once and holds at most {@code holds}, running or waiting. */
    void resize(int slots, int perSlot, int holds) {
        this.slots = slots;
        this.perSlot = perSlot;
        this.holds = holds;
    }

    /** What the worker said last of the work of others. */
    void loaded(WorkerLoad load) {
        this.load = load;
        this.loadedAt = System.nanoTime();
    }

    /**
     * Whether the window is smaller than it would be alone there, on what the worker said more than
     * {@code nanos} ago: the other pools may have left since, so the worker should be asked again.
     */
    boolean sharedOnOldNews(long nanos) {
        return load.otherPools() > 0 && System.nanoTime() - loadedAt > nanos;
    }

    WorkerLoad load() {
        return load;
    }

    int slots() {
        return slots;
    }

    /**
     * The chunks the pool may have out to the worker: its slots times the chunks per slot, at most
     * what the worker's queue holds, shared with the other pools there; at least one while it has
     * slots. A worker whose executor has no threads beyond its slots has no queue of its own: what
     * it cannot run yet waits in its executor, first come first served, as Hazelcast queues it.
     */
    int capacity() {
        if (slots <= 0) {
            return 0;
        }
        int alone = holds > slots ? Math.min(slots * perSlot, holds) : slots * perSlot;
        int sharers = 1 + load.otherPools();
        return Math.max(1, (alone + sharers - 1) / sharers);
    }

    int free() {
        return capacity() - inFlight;
    }

    /** The chunks out to the worker now, running or queued there. */
    int inFlight() {
        return inFlight;
    }

    /** The slots with no chunk of any pool to run, as far as this pool knows: their threads stand idle. */
    int idle() {
        return slots - inFlight - load.othersRunning();
    }

    void take() {
        inFlight++;
    }

    void release() {
        inFlight--;
    }
}
