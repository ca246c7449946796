package io.gridpool.grid;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.function.FunctionEx;
import io.gridpool.GridContext;
import io.gridpool.GridPool;
import io.gridpool.PoolListener;
import io.gridpool.internal.worker.WorkerState;
import io.gridpool.testing.EmbeddedCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Speculation on a grid of three members, one of which runs every element five times slower: the
 * tail's stragglers are copied to idle members, the first copy wins, the loser is cancelled, and
 * the results are exact and counted once. Off, nothing is copied; a chunk bound to its key's owner
 * is never copied.
 */
class SpeculationTest {

    private static final long ELEMENT_MILLIS = 60;
    /** Executions per element, by tag: an element copied may run twice, but its result counts once. */
    private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    private static EmbeddedCluster cluster;
    private static UUID slow;

    @BeforeAll
    static void startCluster() {
        cluster = EmbeddedCluster.start(3, 2);
        slow = cluster.member(2).getCluster().getLocalMember().getUuid();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void straggler_copiedToAnIdleMember_firstCopyWins_resultsExactAndCountedOnce() {
        Copies copies = new Copies();
        String tag = UUID.randomUUID().toString();
        try (GridPool pool = GridPool.builder(cluster.member(0)).addListener(copies).build()) {
            List<Integer> results = pool.map(work(tag, slow), range(36), 1);

            assertThat(results).isEqualTo(IntStream.range(0, 36).map(x -> x * x).boxed().toList());
            assertThat(copies.sent).as("copies sent").hasPositiveValue();
            assertThat(pool.stats().chunksSpeculated()).isEqualTo(copies.sent.get());
            assertThat(runs(tag)).as("executions: some elements ran twice").isGreaterThan(36);
        }
        await("the losing copies are cancelled on the slow member").atMost(Duration.ofSeconds(5))
                .until(() -> WorkerState.of(cluster.member(2)).activeChunks() == 0);
    }

    @Test
    void speculationOff_nothingCopied() {
        Copies copies = new Copies();
        String tag = UUID.randomUUID().toString();
        try (GridPool pool = GridPool.builder(cluster.member(0)).speculation(false).addListener(copies).build()) {
            assertThat(pool.map(work(tag, slow), range(36), 1)).hasSize(36);

            assertThat(copies.sent).hasValue(0);
            assertThat(runs(tag)).isEqualTo(36);
        }
    }

    @Test
    void chunksBoundToTheirKeysOwner_neverCopied() {
        Copies copies = new Copies();
        String tag = UUID.randomUUID().toString();
        HazelcastInstance owner = cluster.member(2);
        await("partitions assigned").atMost(Duration.ofSeconds(30)).until(() -> IntStream.range(0, 2_000)
                .allMatch(k -> owner.getPartitionService().getPartition(k).getOwner() != null));
        List<Integer> ownedBySlow = IntStream.range(0, 2_000)
                .filter(k -> owner.getPartitionService().getPartition(k).getOwner().getUuid().equals(slow))
                .limit(12).boxed().toList();
        try (GridPool pool = GridPool.builder(cluster.member(0)).addListener(copies).build()) {
            assertThat(pool.mapByKey(k -> k, work(tag, slow), ownedBySlow)).hasSize(12);

            assertThat(copies.sent).hasValue(0);
        }
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static int runs(String tag) {
        return RUNS.getOrDefault(tag, new AtomicInteger()).get();
    }

    /** Squares after {@link #ELEMENT_MILLIS}, five times that on the slow member; counts its runs. */
    private static FunctionEx<Integer, Integer> work(String tag, UUID slowMember) {
        return x -> {
            RUNS.computeIfAbsent(tag, t -> new AtomicInteger()).incrementAndGet();
            boolean onSlow = GridContext.hazelcast().getCluster().getLocalMember().getUuid().equals(slowMember);
            Thread.sleep(onSlow ? 5 * ELEMENT_MILLIS : ELEMENT_MILLIS);
            return x * x;
        };
    }

    /** Counts the copies sent. */
    private static final class Copies implements PoolListener {
        final AtomicInteger sent = new AtomicInteger();

        @Override
        public void chunkSpeculated(String worker) {
            sent.incrementAndGet();
        }
    }
}
