package io.gridpool.contract;

import io.gridpool.Pool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static io.gridpool.contract.Inputs.range;
import static io.gridpool.contract.Inputs.squares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code close}, {@code terminate} and {@code join}, and what they do to calls in progress
 * (CPython's test_terminate, test_context).
 */
interface LifecycleContract extends PoolUnderTest {

    @Test
    default void join_onAnOpenPool_illegalStateAndThePoolStaysOpen() {
        assertThatThrownBy(() -> pool().join()).isInstanceOf(IllegalStateException.class);

        assertThat(pool().map(Tasks::square, range(5))).isEqualTo(squares(5));
    }

    @Test
    default void close_waitsForSubmittedWork() {
        CompletableFuture<List<Integer>> mapped = pool().mapAsync(Tasks.squareAfter(50), Inputs.unsized(40), 1);
        CompletableFuture<Integer> applied = pool().applyAsync(Tasks.squareAfter(300), 9);

        assertTimeoutPreemptively(WAIT, pool()::close);

        assertThat(mapped).isCompletedWithValue(squares(40));
        assertThat(applied).isCompletedWithValue(81);
    }

    @Test
    default void close_twice_isHarmless_andJoinReturns() {
        assertThat(pool().map(Tasks::square, range(5))).isEqualTo(squares(5));

        assertTimeoutPreemptively(WAIT, () -> {
            pool().close();
            pool().close();
            pool().join();
            pool().terminate();
            pool().join();
        });
    }

    @Test
    default void closedPool_refusesWork() {
        pool().close();

        assertEveryCallRefused(pool());
    }

    @Test
    default void terminatedPool_refusesWork() {
        pool().terminate();

        assertEveryCallRefused(pool());
    }

    @Test
    default void close_lazyIteratorWithUnreadInput_deliversWhatWasSentThenIllegalState() {
        Iterator<Integer> it = pool().imap(x -> x, Inputs.endless(new AtomicLong()), 1);
        for (int i = 0; i < 3; i++) {
            assertThat(it.next()).isEqualTo(i);
        }

        assertTimeoutPreemptively(WAIT, pool()::close);

        List<Integer> rest = new ArrayList<>();
        Throwable end = null;
        while (end == null && rest.size() < 100_000) {
            try {
                rest.add(it.next());
            } catch (IllegalStateException e) {
                end = e;
            }
        }
        assertThat(end).as("the end of an iterator cut short by close()").isInstanceOf(IllegalStateException.class);
        assertThat(rest).isEqualTo(range(3 + rest.size()).subList(3, 3 + rest.size()));
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    default void terminate_withTenThousandSlowTasksQueued_returnsWithinASecond() {
        List<CompletableFuture<?>> calls = new ArrayList<>();
        calls.add(pool().mapAsync(Tasks.slow(marks()), range(10_000), 1));
        for (int i = 0; i < 10_000; i++) {
            calls.add(pool().applyAsync(Tasks.slow(marks()), i));
        }
        await().atMost(WAIT).until(() -> marks().count() >= SLOTS);

        long start = System.nanoTime();
        pool().terminate();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.stream().allMatch(CompletableFuture::isDone));
        assertThat(calls).allSatisfy(call -> assertThat(call).isCancelled());
        assertTimeoutPreemptively(Duration.ofSeconds(5), pool()::join, "join after terminate is prompt");
    }

    @Test
    default void terminate_wakesCallersBlockedInMapApplyAndIterators() {
        List<Caller> callers = List.of(
                Caller.start("map", () -> pool().map(Tasks.slow(marks()), range(SLOTS * 4), 1)),
                Caller.start("apply", () -> pool().apply(Tasks.slow(marks()), 1)),
                Caller.start("imap", () -> pool().imap(Tasks.slow(marks()), range(SLOTS), 1).next()),
                Caller.start("imapUnordered", () -> pool().imapUnordered(Tasks.slow(marks()), range(SLOTS), 1).next()),
                Caller.start("mapAsync.join", () -> pool().mapAsync(Tasks.slow(marks()), range(SLOTS), 1).join()));
        await().atMost(WAIT).during(Duration.ofMillis(200))
                .until(() -> marks().count() >= SLOTS && callers.stream().allMatch(Caller::isWaiting));

        pool().terminate();

        for (Caller caller : callers) {
            assertThat(caller.outcome(Duration.ofSeconds(5))).as(caller.name())
                    .isInstanceOf(CancellationException.class);
        }
    }

    @Test
    default void terminate_wakesACallerWhileItsInputIsBeingRead() {
        Iterable<Integer> slowInput = () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == 2) {
                    marks().add();
                    try {
                        Thread.sleep(Tasks.SLOW_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while reading", e);
                    }
                }
                return next++;
            }
        };
        Caller caller = Caller.start("map", () -> pool().map(Tasks::square, slowInput, 1));
        await().atMost(WAIT).until(() -> marks().count() == 1 && caller.isWaiting());

        pool().terminate();

        assertThat(caller.outcome(Duration.ofSeconds(5))).isInstanceOf(CancellationException.class);
    }

    @Test
    default void terminate_stopsRunningAndQueuedWork_theWorkersAreFreeForTheNextPool() throws Exception {
        for (int round = 0; round < 3; round++) {
            Marks started = Marks.create();
            Pool doomed = newPool();
            try {
                CompletableFuture<List<Integer>> slow = doomed.mapAsync(Tasks.slow(started), range(SLOTS * 4), 1);
                await().atMost(WAIT).until(() -> started.count() >= SLOTS);

                doomed.terminate();

                assertTimeoutPreemptively(Duration.ofSeconds(5), doomed::join, "round " + round + ": join is prompt");
                assertThat(slow).isCancelled();
            } finally {
                doomed.terminate();
                started.delete();
            }
        }
        List<Boolean> together = pool().mapAsync(Tasks.meet(marks(), SLOTS), range(SLOTS), 1)
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(together).as("all slots of the next pool ran at once").containsOnly(true);
    }

    @Test
    default void mapAsync_cancel_cancelsTheCall() throws Exception {
        AtomicLong read = new AtomicLong();
        Iterable<Integer> inputs = () -> range(1_000).stream().peek(x -> read.incrementAndGet()).iterator();
        CompletableFuture<List<Integer>> future = pool().mapAsync(Tasks.slow(marks()), inputs, 1);
        await().atMost(WAIT).until(() -> marks().count() >= SLOTS);

        assertThat(future.cancel(true)).isTrue();

        assertThat(future).isCancelled();
        assertThat(pool().mapAsync(Tasks::square, range(10), 1).get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .as("the slots are free again").isEqualTo(squares(10));
        assertTimeoutPreemptively(WAIT, pool()::close, "nothing of the cancelled call is left to wait for");
        assertThat(read.get()).as("elements read of 1 000").isLessThan(100);
    }

    /** The ways a caller completes a call's future from outside. */
    enum FromOutside {
        CANCEL(future -> future.cancel(true)),
        OR_TIMEOUT(future -> future.orTimeout(1, TimeUnit.MILLISECONDS)),
        COMPLETE_ON_TIMEOUT(future -> future.completeOnTimeout(List.of(), 1, TimeUnit.MILLISECONDS)),
        COMPLETE_EXCEPTIONALLY(future -> future.completeExceptionally(new IllegalStateException("enough")));

        private final Consumer<CompletableFuture<List<Integer>>> how;

        FromOutside(Consumer<CompletableFuture<List<Integer>>> how) {
            this.how = how;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FromOutside.class)
    default void mapAsync_completedFromOutside_stopsTheCallOnItsWorkers(FromOutside outside) throws Exception {
        AtomicLong read = new AtomicLong();
        Iterable<Integer> inputs = () -> range(1_000).stream().peek(x -> read.incrementAndGet()).iterator();
        CompletableFuture<List<Integer>> future = pool().mapAsync(Tasks.slow(marks()), inputs, 1);
        await().atMost(WAIT).until(() -> marks().count() >= SLOTS);

        outside.how.accept(future);

        await().atMost(WAIT).until(future::isDone);
        Marks meeting = Marks.create();
        try {
            List<Boolean> together = pool().mapAsync(Tasks.meet(meeting, SLOTS), range(SLOTS), 1)
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(together).as("the slow tasks were interrupted: every slot is free again").containsOnly(true);
        } finally {
            meeting.delete();
        }
        assertThat(read.get()).as("elements read of 1 000").isLessThan(100);
    }

    private static void assertEveryCallRefused(Pool pool) {
        List<Integer> inputs = range(3);
        List<Map.Entry<Integer, Integer>> pairs = List.of(Map.entry(1, 2));
        List<Consumer<Pool>> calls = List.of(
                p -> p.map(Tasks::square, inputs),
                p -> p.map(Tasks::square, inputs, 1),
                p -> p.mapAsync(Tasks::square, inputs),
                p -> p.imap(Tasks::square, inputs),
                p -> p.imapUnordered(Tasks::square, inputs, 1),
                p -> p.starmap(Tasks::multiply, pairs),
                p -> p.starmapAsync(Tasks::multiply, pairs, 1),
                p -> p.apply(() -> 1),
                p -> p.applyAsync(Tasks::square, 1),
                p -> p.mapByKey(x -> x, Tasks::square, inputs));
        for (Consumer<Pool> call : calls) {
            assertThatThrownBy(() -> call.accept(pool)).isInstanceOf(IllegalStateException.class);
        }
    }
}
