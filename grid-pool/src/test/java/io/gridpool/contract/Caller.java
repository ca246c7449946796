package io.gridpool.contract;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A thread of the test that makes one blocking call, so a case can see it block and wake. */
final class Caller {

    private final String name;
    private final Thread thread;
    private final FutureTask<Object> call;

    private Caller(String name, Callable<Object> body) {
        this.name = name;
        this.call = new FutureTask<>(body);
        this.thread = new Thread(call, "caller-" + name);
        this.thread.setDaemon(true);
    }

    static Caller start(String name, Callable<Object> body) {
        Caller caller = new Caller(name, body);
        caller.thread.start();
        return caller;
    }

    String name() {
        return name;
    }

    /** Whether the call is parked, waiting for the pool. */
    boolean isWaiting() {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    /** What the call threw, or its result if it returned; fails if it has not ended within {@code bound}. */
    Object outcome(Duration bound) {
        try {
            return call.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new AssertionError("the " + name + " call did not end within " + bound, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the " + name + " call", e);
        }
    }
}
