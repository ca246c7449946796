package io.gridpool.contract;

import io.gridpool.PoolTaskException;
import io.gridpool.contract.Tasks.TaskError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code apply} and {@code applyAsync}: one task on one worker (CPython's test_apply, test_async*). */
interface ApplyContract extends PoolUnderTest {

    @Test
    default void apply_supplier() {
        String greeting = pool().apply(() -> "hello from a worker");

        assertThat(greeting).isEqualTo("hello from a worker");
    }

    @Test
    default void apply_functionAndArgument() {
        int squared = pool().apply(Tasks::square, 5);
        String arrived = pool().apply(x -> x == null ? "null arrived" : "a value arrived", null);

        assertThat(squared).isEqualTo(25);
        assertThat(arrived).isEqualTo("null arrived");
    }

    @Test
    default void apply_runsOnAWorkerNotOnTheCaller() {
        String caller = Thread.currentThread().getName();

        String worker = pool().apply(() -> Thread.currentThread().getName());

        assertThat(worker).isNotEqualTo(caller);
    }

    @Test
    default void applyAsync_completesWithTheResult() throws Exception {
        CompletableFuture<Integer> squared = pool().applyAsync(Tasks.squareAfter(100), 7);
        CompletableFuture<String> supplied = pool().applyAsync(() -> "supplied");

        assertThat(squared.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(49);
        assertThat(supplied.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("supplied");
    }

    @Test
    default void applyAsync_getWithTimeout_throwsTimeoutExceptionAndTheCallGoesOn() throws Exception {
        CompletableFuture<Integer> late = pool().applyAsync(Tasks.squareAfter(1_500), 6);

        assertThatThrownBy(() -> late.get(100, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(late.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(36);
    }

    @Test
    default void apply_functionThrows_poolTaskExceptionAtIndexZero() {
        assertThatThrownBy(() -> pool().apply(() -> {
            throw new TaskError("no luck");
        }))
                .isInstanceOf(PoolTaskException.class)
                .hasMessageContaining("no luck")
                .satisfies(e -> assertThat(((PoolTaskException) e).index()).isZero())
                .cause().isInstanceOf(TaskError.class).hasMessage("no luck");
    }

    @Test
    default void applyAsync_errorCallbackGetsTheFailure() {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<Object> values = new CopyOnWriteArrayList<>();

        CompletableFuture<Integer> future = pool().applyAsync(Tasks.failingAt(3), 3);
        CompletableFuture<Integer> observed = future.whenComplete((value, error) -> {
            if (error == null) {
                values.add(value);
            } else {
                errors.add(error);
            }
        });

        assertThatThrownBy(() -> observed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(PoolTaskException.class)
                .cause().isInstanceOf(TaskError.class);
        assertThat(errors).singleElement().isInstanceOf(PoolTaskException.class);
        assertThat(values).isEmpty();
    }
}
