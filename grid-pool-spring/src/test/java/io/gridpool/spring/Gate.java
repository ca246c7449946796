package io.gridpool.spring;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A function that holds the chunks that run it until the test opens the gate, so that a test acts
 * "during a call" without sleeping. Its state is static: the function runs deserialized, on a
 * member or a pool thread of this JVM.
 */
final class Gate {

    static final Duration WAIT = Duration.ofSeconds(30);

    private static volatile CountDownLatch entered = new CountDownLatch(1);
    private static volatile CountDownLatch open = new CountDownLatch(1);

    private Gate() {
    }

    static void reset() {
        entered = new CountDownLatch(1);
        open = new CountDownLatch(1);
    }

    static <T> T pass(T value) throws InterruptedException {
        entered.countDown();
        if (!open.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        return value;
    }

    static void awaitEntered() throws InterruptedException {
        if (!entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no chunk reached the gate");
        }
    }

    static void open() {
        open.countDown();
    }
}
