package io.gridpool.contract;

import io.gridpool.Pool;
import io.gridpool.PoolTaskException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.gridpool.contract.Inputs.range;
import static io.gridpool.contract.Inputs.squares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The per-element deadline, {@code taskTimeout}: an element that runs longer is interrupted and
 * fails its call at its own index with a {@code TimeoutException} cause, within the timeout and
 * two seconds, and the pool goes on; a function that ignores the interrupt fails its call as
 * promptly, its slot busy until it returns; elements within the deadline are untouched.
 */
interface TaskTimeoutContract extends PoolUnderTest {

    Duration TIMEOUT = Duration.ofSeconds(1);
    Duration FAILS_WITHIN = TIMEOUT.plusSeconds(2);

    @Test
    default void taskTimeout_hungElement_failsAtItsIndexWithTimeoutException_andThePoolGoesOn() throws Exception {
        try (Pool pool = newPool(options -> options.taskTimeout(TIMEOUT))) {
            long start = System.nanoTime();
            CompletableFuture<List<Integer>> call = pool.mapAsync(Tasks.hangingAt(7), range(12), 2);

            Throwable failure = await().atMost(FAILS_WITHIN.plusSeconds(5)).until(() -> failureOf(call), f -> f != null);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAILS_WITHIN);
            assertThat(failure).isInstanceOf(PoolTaskException.class);
            assertThat(((PoolTaskException) failure).index()).isEqualTo(7);
            assertThat(failure.getCause()).isInstanceOf(TimeoutException.class);
            assertThat(pool.map(Tasks::square, range(20), 1)).as("the pool goes on").isEqualTo(squares(20));
            assertSlotsFree(pool);
        }
    }

    @Test
    default void taskTimeout_functionIgnoresItsInterrupt_failsPromptly_itsSlotBusyUntilItReturns() throws Exception {
        Marks release = Marks.create();
        try (Pool pool = newPool(options -> options.taskTimeout(TIMEOUT))) {
            long start = System.nanoTime();
            CompletableFuture<List<Integer>> call = pool.mapAsync(Tasks.stubbornAt(3, release), range(6), 1);

            Throwable failure = await().atMost(FAILS_WITHIN.plusSeconds(5)).until(() -> failureOf(call), f -> f != null);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAILS_WITHIN);
            assertThat(failure).isInstanceOf(PoolTaskException.class).hasMessageContaining("element 3");
            assertThat(failure.getCause()).isInstanceOf(TimeoutException.class);
            assertThat(pool.map(Tasks::square, range(8), 1)).as("the other slots serve").isEqualTo(squares(8));
            release.add();
            assertSlotsFree(pool);
        } finally {
            release.delete();
        }
    }

    @Test
    default void taskTimeout_elementsWithinIt_areUntouched() {
        try (Pool pool = newPool(options -> options.taskTimeout(TIMEOUT))) {
            assertThat(pool.map(Tasks.squareAfter(20), range(40), 3)).isEqualTo(squares(40));
            assertThat(pool.<Integer>apply(() -> 5)).isEqualTo(5);
        }
    }

    private static Throwable failureOf(CompletableFuture<?> call) {
        if (!call.isDone()) {
            return null;
        }
        return call.handle((value, error) -> error == null ? new AssertionError("succeeded: " + value)
                : error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                ? error.getCause() : error).join();
    }

    /** Every slot of the pool runs a task at once: none is held by an element that overran. */
    private void assertSlotsFree(Pool pool) throws Exception {
        Marks meeting = Marks.create();
        try {
            await().atMost(WAIT).untilAsserted(() -> assertThat(pool.mapAsync(Tasks.meet(meeting, SLOTS),
                    range(SLOTS), 1).get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).containsOnly(true));
        } finally {
            meeting.delete();
        }
    }
}
