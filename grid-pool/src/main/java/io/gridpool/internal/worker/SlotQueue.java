package io.gridpool.internal.worker;

import io.gridpool.internal.wire.WorkerLoad;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The chunks that wait for a worker's slots, from every driver and pool of the grid, and which
 * one gets the next free slot. Hazelcast's executor only carries a chunk to its thread; this queue
 * says when it runs. The rule:
 * <ol>
 *   <li>A chunk's <em>rank</em> is its pool's priority, plus one for every {@link #AGING_NANOS}
 *       it has waited here in all; a running chunk's rank stays what it was when it got its slot.
 *   <li>A free slot goes to the waiting chunk of the highest rank; among equal ranks, to the call
 *       with the fewest chunks running here, then to the call served longest ago (round-robin);
 *       within a call, first come, first served.
 *   <li>A running chunk gives its slot up between two elements, never inside one, when a waiting
 *       chunk outranks it; or when a call of equal rank waits that runs two chunks fewer here than
 *       its own (after it ran {@link #MIN_RUN_NANOS}), or one fewer (after a time slice of
 *       {@link #SLICE_NANOS}). It then waits its turn like any other.
 *   <li>At most {@link #capacity()} chunks are here, running or waiting. When the queue is full, a
 *       chunk that arrives takes the place of the last come chunk that has not run yet of a call
 *       of lower priority, or of equal priority with at least two chunks more here than its own
 *       call; else it is turned away. A chunk turned away ({@code BUSY}) goes back to its driver,
 *       which sends it again later or elsewhere. So the room is shared fairly, and a newcomer is
 *       never shut out by the queues of calls that came before it.
 * </ol>
 * Thread-safe: one lock, its own, never held while a chunk runs.
 */
final class SlotQueue {

    /** How long a running chunk keeps its slot while a call of equal rank with one slot fewer waits. */
    static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** How long a running chunk keeps its slot while a call of equal rank with two slots fewer waits. */
    static final long MIN_RUN_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** How long a chunk waits for each level its rank rises: a low priority is delayed, never starved. */
    static final long AGING_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How often a running chunk that may have to give way takes the lock to find out. */
    static final long LOOK_EVERY_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    private final ReentrantLock lock = new ReentrantLock();
    private final int slots;
    private final int capacity;
    /** Guarded by the lock: the calls with chunks here, the slots in use by number, the chunks here. */
    private final Map<CallKey, CallLine> lines = new HashMap<>();
    private final BitSet busy = new BitSet();
    private int present;
    private int waiting;
    private long served;
    /** Published under the lock for the look between elements: how many calls wait, and which if one. */
    private volatile int waitingCalls;
    private volatile CallLine onlyWaiting;

    /**
     * @param slots the chunks that run at once
     * @param capacity the chunks that may be here, running or waiting; at least {@code slots}
     */
    SlotQueue(int slots, int capacity) {
        this.slots = slots;
        this.capacity = Math.max(slots, capacity);
    }

    int slots() {
        return slots;
    }

    /** The chunks that may be here at once, running or waiting. */
    int capacity() {
        return capacity;
    }

    /** A call's chunks here: {@code driver} is {@code null} in this JVM. */
    record CallKey(UUID driver, UUID pool, long call) {
    }

    /**
     * A chunk arrives: it gets a slot at once if one is free, else it waits (see {@link Turn#await}).
     * Returns {@code null} if the queue is full: the chunk must be turned away.
     */
    Turn enter(CallKey key, int priority) {
        long now = System.nanoTime();
        lock.lock();
        try {
            CallLine line = lines.get(key);
            if (present >= capacity && !makeRoom(line == null ? 0 : line.present, priority)) {
                return null;
            }
            present++;
            line = lines.computeIfAbsent(key, k -> new CallLine(k, priority));
            line.present++;
            Turn turn = new Turn(this, line, lock.newCondition(), now);
            if (busy.cardinality() < slots) {
                grant(turn, now);
            } else {
                line.waitLast(turn);
                waiting++;
                publish();
            }
            return turn;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Turns away the last come chunk that never ran of a call that yields its room to a chunk of
     * {@code priority} whose call has {@code present} chunks here (rule 4); false if none does.
     */
    private boolean makeRoom(int present, int priority) {
        CallLine victim = null;
        for (CallLine line : lines.values()) {
            boolean yields = line.priority < priority || line.priority == priority && line.present >= present + 2;
            if (yields && line.newestNeverRun() != null && (victim == null || line.priority < victim.priority
                    || line.priority == victim.priority && line.present > victim.present)) {
                victim = line;
            }
        }
        if (victim == null) {
            return false;
        }
        victim.newestNeverRun().turnAway(Turn.Phase.BUSY);
        return true;
    }

    /**
     * How busy the slots are with the work of pools other than {@code pool}, whose chunks rank
     * with {@code priority}: the other pools counted are those that share the slots with it, of
     * its priority or higher; a pool of lower priority gives way to it anyway.
     */
    WorkerLoad load(UUID pool, int priority) {
        lock.lock();
        try {
            int mine = 0;
            List<UUID> others = new ArrayList<>();
            for (CallLine line : lines.values()) {
                if (line.key.pool().equals(pool)) {
                    mine += line.running;
                } else if (line.priority >= priority && !others.contains(line.key.pool())) {
                    others.add(line.key.pool());
                }
            }
            return new WorkerLoad(busy.cardinality() - mine, waiting, others.size());
        } finally {
            lock.unlock();
        }
    }

    /** Turns away every chunk that waits and has not run yet: the worker drains. */
    void refuseWaiting() {
        lock.lock();
        try {
            List<Turn> fresh = new ArrayList<>();
            lines.values().forEach(line -> fresh.addAll(line.neverRun()));
            fresh.forEach(turn -> turn.turnAway(Turn.Phase.REFUSED));
        } finally {
            lock.unlock();
        }
    }

    // ---- for Turn ------------------------------------------------------------------------------

    ReentrantLock lock() {
        return lock;
    }

    /**
     * Whether a call other than {@code turn}'s waits here: only then may a running chunk have to
     * give way. Lock-free, so that a pool alone on the worker pays two reads per element.
     */
    boolean othersWait(Turn turn) {
        int calls = waitingCalls;
        return calls > 1 || calls == 1 && onlyWaiting != turn.line();
    }

    /** Whether {@code turn}, running, must give its slot up now (rule 3). Under the lock. */
    boolean outranked(Turn turn, long now) {
        long ran = now - turn.grantedAt();
        for (CallLine line : lines.values()) {
            Turn head = line.head();
            if (line == turn.line() || head == null) {
                continue;
            }
            long rank = head.rank(now);
            if (rank > turn.rank()) {
                return true;
            }
            int fewer = turn.line().running - line.running;
            if (rank == turn.rank() && (fewer >= 2 && ran >= MIN_RUN_NANOS || fewer >= 1 && ran >= SLICE_NANOS)) {
                return true;
            }
        }
        return false;
    }

    /** {@code turn} gives its slot up and waits again, at the head of its call's line. Under the lock. */
    void requeue(Turn turn, long now) {
        release(turn);
        turn.line().waitFirst(turn);
        waiting++;
        turn.waits(now);
        grantNext(now);
        publish();
    }

    /** {@code turn} leaves: its slot, if it holds one, goes to the next. Under the lock. */
    void leave(Turn turn) {
        if (turn.running()) {
            release(turn);
        } else if (turn.line().remove(turn)) {
            waiting--;
        }
        present--;
        turn.line().present--;
        if (turn.line().empty()) {
            lines.remove(turn.line().key);
        }
        grantNext(System.nanoTime());
        publish();
    }

    private void release(Turn turn) {
        busy.clear(turn.slot());
        turn.line().running--;
    }

    private void grantNext(long now) {
        while (busy.cardinality() < slots && waiting > 0) {
            CallLine best = null;
            long bestRank = Long.MIN_VALUE;
            for (CallLine line : lines.values()) {
                Turn head = line.head();
                if (head == null) {
                    continue;
                }
                long rank = head.rank(now);
                if (best == null || rank > bestRank || rank == bestRank && (line.running < best.running
                        || line.running == best.running && line.servedAt < best.servedAt)) {
                    best = line;
                    bestRank = rank;
                }
            }
            Turn next = best.takeHead();
            waiting--;
            grant(next, now);
        }
    }

    private void grant(Turn turn, long now) {
        int slot = busy.nextClearBit(0);
        busy.set(slot);
        turn.line().running++;
        turn.line().servedAt = ++served;
        turn.granted(slot, now);
    }

    private void publish() {
        int calls = 0;
        CallLine only = null;
        for (CallLine line : lines.values()) {
            if (line.head() != null) {
                calls++;
                only = line;
            }
        }
        onlyWaiting = calls == 1 ? only : null;
        waitingCalls = calls;
    }
}
