package io.gridpool.internal.dispatch;

import io.gridpool.PoolState;

import java.util.Locale;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one lock of a pool's dispatch, and the pool's state in its life, which it guards together
 * with everything the dispatcher owns: the windows, the feeder, the registry, the outbox, the
 * starvation watch and the mutable parts of chunks.
 *
 * <h2>The locking rule</h2>
 * Nothing blocks while holding this lock, and it is never held while a call's own methods run
 * (calls guard their state with their own monitors), while a worker is asked to run a chunk, or
 * while listeners are told. Under it a call is only asked {@link Job#wantsInput}, {@link Job#wants}
 * and {@link Job#over}, which read volatile fields without a lock. So no thread ever holds this
 * lock and a call's monitor at once, and no lock order can deadlock.
 *
 * <h2>The pool's state</h2>
 * {@link PoolState#OPEN}, then {@link PoolState#CLOSED} or {@link PoolState#TERMINATED}; a closed
 * pool may still be terminated; nothing goes back. {@link #moveTo} checks every transition.
 */
final class PoolLock {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private PoolState state = PoolState.OPEN;

    void run(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    <T> T get(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    /** Wakes the threads waiting for the pool to change. Under the lock. */
    void signal() {
        changed.signalAll();
    }

    /** Waits, holding the lock between looks, until {@code done} holds or the pool moves on from {@code while}. */
    void await(PoolState during, BooleanSupplier done) throws InterruptedException {
        lock.lock();
        try {
            while (state == during && !done.getAsBoolean()) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The pool's state. Under the lock. */
    PoolState state() {
        return state;
    }

    /** Whether chunks still go out: the pool was not terminated. Under the lock. */
    boolean sending() {
        return state != PoolState.TERMINATED;
    }

    /** Refuses a new call unless the pool is open. Under the lock. */
    void checkOpen() {
        if (state != PoolState.OPEN) {
            throw new IllegalStateException("the pool is " + state.name().toLowerCase(Locale.ROOT)
                    + " and takes no new calls");
        }
    }

    /**
     * Moves the pool to {@code next}: open to closed or terminated, closed to terminated. Returns
     * false, changing nothing, if the pool is there already or past it. Under the lock.
     */
    boolean moveTo(PoolState next) {
        boolean allowed = switch (state) {
            case OPEN -> next != PoolState.OPEN;
            case CLOSED -> next == PoolState.TERMINATED;
            case TERMINATED -> false;
        };
        if (allowed) {
            state = next;
            changed.signalAll();
        }
        return allowed;
    }
}
