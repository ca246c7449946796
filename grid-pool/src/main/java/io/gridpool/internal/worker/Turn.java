package io.gridpool.internal.worker;

import io.gridpool.internal.wire.ChunkResult;

import java.util.concurrent.locks.Condition;

/**
 * One chunk's place on a worker's {@link SlotQueue}, from its arrival to its end: it waits, runs
 * (on a slot), may give its slot up between elements and wait again, and ends; or, before it ever
 * ran, it is turned away: the worker drains ({@code REFUSED}), or its full queue makes room for a
 * call with fewer chunks there ({@code BUSY}). Keeps the time it waited apart from the time it
 * ran. Its phase and times are guarded by the queue's lock; only its own thread waits on it.
 *
 * <pre>
 *   WAITING ──granted──► RUNNING ──gives way──► WAITING
 *      │                    │
 *      ├─ drain ──► REFUSED └──── leaves ─────► ENDED   (a WAITING turn may leave too)
 *      └─ evicted ► BUSY                                 (only before it ever ran)
 * </pre>
 */
final class Turn {

    enum Phase { WAITING, RUNNING, REFUSED, BUSY, ENDED }

    private final SlotQueue queue;
    private final CallLine line;
    private final Condition granted;
    private final long arrivedAt;
    private Phase phase = Phase.WAITING;
    private long waitingSince;
    private long waited;
    private long ran;
    private long grantedAt;
    private long firstGrantedAt;
    private long rank;
    private int slot = -1;
    /** Only its own thread reads and writes it. */
    private long lookedAt;

    Turn(SlotQueue queue, CallLine line, Condition granted, long arrivedAt) {
        this.queue = queue;
        this.line = line;
        this.granted = granted;
        this.arrivedAt = arrivedAt;
        this.waitingSince = arrivedAt;
    }

    /**
     * Waits until the chunk has a slot ({@code RUNNING}) or was turned away before it ran
     * ({@code REFUSED}, {@code BUSY}).
     *
     * @throws InterruptedException if the chunk was cancelled while it waited; it has then left
     */
    Phase await() throws InterruptedException {
        queue.lock().lock();
        try {
            while (phase == Phase.WAITING) {
                try {
                    granted.await();
                } catch (InterruptedException e) {
                    leave();
                    throw e;
                }
            }
            return phase;
        } finally {
            queue.lock().unlock();
        }
    }

    /**
     * Between two elements: gives the slot up if work that ranks higher waits, and waits for a
     * slot again.
     *
     * @throws InterruptedException if the chunk was cancelled while it waited; it has then left
     */
    void giveWayIfOutranked() throws InterruptedException {
        if (!queue.othersWait(this)) {
            return;
        }
        long now = System.nanoTime();
        if (now - lookedAt < SlotQueue.LOOK_EVERY_NANOS) {
            return;
        }
        lookedAt = now;
        queue.lock().lock();
        try {
            if (phase != Phase.RUNNING || !queue.outranked(this, now)) {
                return;
            }
            queue.requeue(this, now);
        } finally {
            queue.lock().unlock();
        }
        await(); // a turn that ran is never turned away: it runs again, or is cancelled
    }

    /** The chunk is done with the worker, or leaves it unrun. */
    void leave() {
        queue.lock().lock();
        try {
            if (phase == Phase.ENDED || phase == Phase.REFUSED || phase == Phase.BUSY) {
                return;
            }
            if (phase == Phase.RUNNING) {
                ran += System.nanoTime() - grantedAt;
            }
            queue.leave(this);
            phase = Phase.ENDED;
        } finally {
            queue.lock().unlock();
        }
    }

    // ---- for the queue, under its lock ----------------------------------------------------------

    CallLine line() {
        return line;
    }

    boolean running() {
        return phase == Phase.RUNNING;
    }

    /** Whether it had a slot at some time. */
    boolean ranBefore() {
        return firstGrantedAt != 0;
    }

    int slot() {
        return slot;
    }

    long grantedAt() {
        return grantedAt;
    }

    /** Its rank while it runs: fixed when it got its slot. */
    long rank() {
        return rank;
    }

    /** Its rank while it waits: its priority, raised by the time it has waited in all. */
    long rank(long now) {
        return line.priority + (waited + now - waitingSince) / SlotQueue.AGING_NANOS;
    }

    void granted(int slot, long now) {
        waited += now - waitingSince;
        rank = line.priority + waited / SlotQueue.AGING_NANOS;
        grantedAt = now;
        if (firstGrantedAt == 0) {
            firstGrantedAt = now;
        }
        this.slot = slot;
        phase = Phase.RUNNING;
        granted.signal();
    }

    void waits(long now) {
        ran += now - grantedAt;
        waitingSince = now;
        slot = -1;
        phase = Phase.WAITING;
    }

    /** Turns the chunk away before it ran: {@code REFUSED} (the worker drains) or {@code BUSY} (no room). */
    void turnAway(Phase why) {
        queue.leave(this);
        phase = why;
        granted.signal();
    }

    // ---- what other threads may ask, under the lock ---------------------------------------------

    /** The time it has held a slot by {@code now}; -1 if it has not had one yet. */
    long ranSoFar(long now) {
        queue.lock().lock();
        try {
            return firstGrantedAt == 0 ? -1 : phase == Phase.RUNNING ? ran + now - grantedAt : ran;
        } finally {
            queue.lock().unlock();
        }
    }

    /** How its time was spent so far: waiting, holding a slot, before its first slot; and its slot. */
    ChunkResult.Timing timing(long now) {
        queue.lock().lock();
        try {
            long held = phase == Phase.RUNNING ? ran + now - grantedAt : ran;
            long delay = firstGrantedAt == 0 ? waited : firstGrantedAt - arrivedAt;
            return new ChunkResult.Timing(waited, held, delay, slot);
        } finally {
            queue.lock().unlock();
        }
    }
}
