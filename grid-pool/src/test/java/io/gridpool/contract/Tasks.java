package io.gridpool.contract;

import com.hazelcast.function.FunctionEx;

import java.util.concurrent.TimeUnit;

/**
 * The work the contract gives to pools. Static, so that a task carries only what it captures and
 * never the test instance; a frame of these methods is what a remote stack trace must show.
 */
final class Tasks {

    /** Long enough that only an interrupt ends it within any case. */
    static final long SLOW_MILLIS = TimeUnit.MINUTES.toMillis(2);

    private Tasks() {
    }

    static int square(int x) {
        return x * x;
    }

    static int multiply(int x, int y) {
        return x * y;
    }

    /** Squares, but throws a {@link TaskError} on 37. */
    static int failAt37(int x) {
        if (x == 37) {
            throw new TaskError("thirty-seven is not welcome");
        }
        return x * x;
    }

    /** Squares, failing with a {@link TaskError} on {@code bad}. */
    static FunctionEx<Integer, Integer> failingAt(int bad) {
        return x -> {
            if (x == bad) {
                throw new TaskError("element " + x + " is bad");
            }
            return x * x;
        };
    }

    /** Squares after {@code millis}. */
    static FunctionEx<Integer, Integer> squareAfter(long millis) {
        return x -> {
            Thread.sleep(millis);
            return x * x;
        };
    }

    /** Marks that it started, then runs until interrupted. */
    static <T> FunctionEx<T, T> slow(Marks marks) {
        return x -> {
            marks.add();
            Thread.sleep(SLOW_MILLIS);
            return x;
        };
    }

    /** Squares, but sleeps for ten minutes (until interrupted) on {@code hung}. */
    static FunctionEx<Integer, Integer> hangingAt(int hung) {
        return x -> {
            if (x == hung) {
                Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            }
            return x * x;
        };
    }

    /**
     * Squares, but on {@code stuck} runs through interrupts until {@code release} has a mark (or for
     * a minute): a function that ignores its interrupt.
     */
    static FunctionEx<Integer, Integer> stubbornAt(int stuck, Marks release) {
        return x -> {
            if (x == stuck) {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                while (release.count() == 0 && System.nanoTime() < deadline) {
                    Thread.interrupted();
                    java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
                }
            }
            return x * x;
        };
    }

    /**
     * Marks that it started and waits, for at most ten seconds, until {@code parties} tasks have;
     * returns whether they all met.
     */
    static FunctionEx<Integer, Boolean> meet(Marks marks, int parties) {
        return x -> {
            marks.add();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (marks.count() < parties) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(5);
            }
            return true;
        };
    }

    /** The exception that the contract's functions throw. */
    static final class TaskError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TaskError(String message) {
            super(message);
        }
    }
}
