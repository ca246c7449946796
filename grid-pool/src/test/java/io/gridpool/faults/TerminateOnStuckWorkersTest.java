package io.gridpool.faults;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.function.FunctionEx;
import io.gridpool.GridPool;
import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.contract.Marks;
import io.gridpool.testing.ProcessCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code terminate()} then {@code join()} returns within five seconds whatever the workers do: a
 * member that is frozen and never answers, or a function that ignores its interrupt. Their chunks
 * are abandoned; a late answer is ignored and the pool's state stays consistent.
 */
class TerminateOnStuckWorkersTest {

    private static final Duration JOIN_BOUND = Duration.ofSeconds(5);

    @Test
    void memberFrozenWhileItsChunksRun_joinReturnsWithinFiveSeconds() {
        try (ProcessCluster cluster = ProcessCluster.start(2, 2, 2)) {
            HazelcastInstance client = cluster.client(2);
            Marks started = Marks.create();
            try {
                Pool pool = GridPool.on(client);
                CompletableFuture<List<Integer>> slow = pool.mapAsync(sleepy(started), range(16), 1);
                await().atMost(30, TimeUnit.SECONDS).until(() -> started.count() >= 4);
                cluster.member(0).freeze();

                pool.terminate();

                assertTimeoutPreemptively(JOIN_BOUND, pool::join, "join while a member is frozen");
                assertThat(slow).isCancelled();
                assertThat(pool.stats().chunksInFlight()).as("chunks out after terminate").isZero();
                cluster.member(0).thaw();
                try (Pool next = GridPool.on(client)) {
                    assertThat(next.map(x -> x * 2, range(8), 1)).as("the thawed grid serves the next pool")
                            .isEqualTo(IntStream.range(0, 8).map(x -> x * 2).boxed().toList());
                }
            } finally {
                started.delete();
            }
        }
    }

    @Test
    void memberFunctionIgnoresItsInterrupt_joinReturnsWithinFiveSeconds() {
        try (ProcessCluster cluster = ProcessCluster.start(1, 1, 2)) {
            Marks started = Marks.create();
            Marks release = Marks.create();
            try {
                Pool pool = GridPool.on(cluster.client(1));
                CompletableFuture<List<Integer>> stubborn = pool.mapAsync(stubborn(started, release), range(4), 1);
                await().atMost(30, TimeUnit.SECONDS).until(() -> started.count() >= 2);

                pool.terminate();

                assertTimeoutPreemptively(JOIN_BOUND, pool::join, "join while a member runs a stubborn function");
                assertThat(stubborn).isCancelled();
                release.add();
            } finally {
                started.delete();
                release.delete();
            }
        }
    }

    @Test
    void localFunctionIgnoresItsInterrupt_joinReturnsWithinFiveSeconds() {
        AtomicBoolean release = new AtomicBoolean();
        Marks started = Marks.create();
        try {
            Pool pool = new LocalPool(2);
            CompletableFuture<List<Integer>> stubborn = pool.mapAsync(x -> {
                started.add();
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                return x;
            }, range(4), 1);
            await().atMost(30, TimeUnit.SECONDS).until(() -> started.count() >= 2);

            pool.terminate();

            assertTimeoutPreemptively(JOIN_BOUND, pool::join, "join while a thread runs a stubborn function");
            assertThat(stubborn).isCancelled();
        } finally {
            release.set(true);
            started.delete();
        }
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    /** Marks that it started, then sleeps for ten minutes unless interrupted. */
    private static FunctionEx<Integer, Integer> sleepy(Marks started) {
        return x -> {
            started.add();
            Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            return x;
        };
    }

    /** Marks that it started, then runs through interrupts until released (or for a minute). */
    private static FunctionEx<Integer, Integer> stubborn(Marks started, Marks release) {
        return x -> {
            started.add();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (release.count() == 0 && System.nanoTime() < deadline) {
                Thread.interrupted();
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
            return x;
        };
    }
}
