package io.gridpool.internal.dispatch;

import io.gridpool.internal.worker.Worker;

/**
 * The chunks in flight to one worker, and how many it may have: its slots times the pool's
 * in-flight chunks per slot, so that a worker finishing a chunk finds the next one already
 * there. Guarded by the dispatcher's lock.
 */
final class MemberWindow {

    private final Worker worker;
    private int slots;
    private int capacity;
    private int inFlight;

    MemberWindow(Worker worker) {
        this.worker = worker;
    }

    Worker worker() {
        return worker;
    }

    void resize(int slots, int perSlot) {
        this.slots = slots;
        this.capacity = slots * perSlot;
    }

    int slots() {
        return slots;
    }

    int capacity() {
        return capacity;
    }

    int free() {
        return capacity - inFlight;
    }

    /** The chunks out to the worker now, running or queued there. */
    int inFlight() {
        return inFlight;
    }

    /** The slots with no chunk to run: their threads stand idle. */
    int idle() {
        return slots - inFlight;
    }

    void take() {
        inFlight++;
    }

    void release() {
        inFlight--;
    }
}
