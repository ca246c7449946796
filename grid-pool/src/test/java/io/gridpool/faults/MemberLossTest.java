package io.gridpool.faults;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridContext;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.testing.MemberProcess;
import io.gridpool.testing.ProcessCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;

/**
 * Members die, leave or join during a map, on member processes with a client driver: the result
 * is exactly that of a run without faults, every time.
 */
class MemberLossTest {

    private static final int SLOTS = 2;
    /** How many kills the first case makes ({@code -Dgridpool.kill.trials}, 10 in the suite on 5.7). */
    private static final int TRIALS = Integer.getInteger("gridpool.kill.trials", 10);

    @Test
    void killNine_atDifferentPoints_severalTrials_everyResultExact() throws Exception {
        int n = 3_000;
        List<Long> expected = Progress.expected(n);
        try (ProcessCluster cluster = ProcessCluster.start(3, 13, SLOTS)) {
            HazelcastInstance client = cluster.client(3);
            Progress progress = new Progress();
            // one long-lived pool: it must also take in each replacement member
            try (GridPool pool = GridPool.builder(client).chunkSize(1).addListener(progress).build()) {
                for (int trial = 0; trial < TRIALS; trial++) {
                    long strikeAt = progress.completed.get() + (long) (n * (0.05 + 0.9 * trial / TRIALS));
                    List<MemberProcess> alive = cluster.members().stream().filter(MemberProcess::isAlive).toList();
                    MemberProcess victim = alive.get(trial % alive.size());
                    CompletableFuture<List<Long>> call = pool.mapAsync(x -> Progress.work(x, 1_000),
                            Progress.inputs(n));
                    await().atMost(60, TimeUnit.SECONDS).until(() -> progress.completed.get() >= strikeAt);
                    victim.kill();
                    assertThat(call.get(120, TimeUnit.SECONDS)).as("trial %d, kill at %d", trial, strikeAt)
                            .isEqualTo(expected);
                    cluster.addMember();
                    await().atMost(60, TimeUnit.SECONDS).until(() -> pool.parallelism() == 3 * SLOTS);
                }
            }
        }
    }

    @Test
    void gracefulShutdown_halfway_resultExact() throws Exception {
        int n = 3_000;
        try (ProcessCluster cluster = ProcessCluster.start(3, 3, SLOTS)) {
            Progress progress = new Progress();
            try (Pool pool = GridPool.builder(cluster.client(3)).chunkSize(1).addListener(progress).build()) {
                CompletableFuture<List<Long>> call = pool.mapAsync(x -> Progress.work(x, 1_000), Progress.inputs(n));
                await().atMost(60, TimeUnit.SECONDS).until(() -> progress.completed.get() >= n / 2);
                cluster.member(1).terminate();
                assertThat(call.get(120, TimeUnit.SECONDS)).isEqualTo(Progress.expected(n));
                assertThat(cluster.member(1).waitFor()).isTrue();
            }
        }
    }

    /**
     * Without speculative copies, the chunks a frozen member holds come back only once the cluster
     * declares it dead; they are then sent again.
     */
    @Test
    void frozenMember_declaredDead_resultExact() throws Exception {
        int n = 3_000;
        try (ProcessCluster cluster = ProcessCluster.start(3, 3, SLOTS)) {
            Progress progress = new Progress();
            try (Pool pool = GridPool.builder(cluster.client(3)).chunkSize(1).speculation(false)
                    .addListener(progress).build()) {
                CompletableFuture<List<Long>> call = pool.mapAsync(x -> Progress.work(x, 1_000), Progress.inputs(n));
                await().atMost(60, TimeUnit.SECONDS).until(() -> progress.completed.get() >= n / 2);
                cluster.member(2).freeze();
                try {
                    assertThat(call.get(120, TimeUnit.SECONDS)).isEqualTo(Progress.expected(n));
                    assertThat(progress.retried.get()).isPositive();
                } finally {
                    cluster.member(2).thaw();
                }
            }
        }
    }

    /**
     * With speculative copies (the default), a frozen member's chunks are copied to the members
     * that answer once the input is used up, so the call ends while the frozen member is still in
     * the cluster (a missed heartbeat takes 6 s to declare it dead here).
     */
    @Test
    void frozenMember_withSpeculation_callEndsBeforeItIsDeclaredDead() throws Exception {
        int n = 3_000;
        try (ProcessCluster cluster = ProcessCluster.start(3, 3, SLOTS)) {
            HazelcastInstance client = cluster.client(3);
            Progress progress = new Progress();
            try (Pool pool = GridPool.builder(client).chunkSize(1).addListener(progress).build()) {
                CompletableFuture<List<Long>> call = pool.mapAsync(x -> Progress.work(x, 1_000), Progress.inputs(n));
                await().atMost(60, TimeUnit.SECONDS).until(() -> progress.completed.get() >= n / 2);
                UUID frozen = cluster.member(2).uuid();
                cluster.member(2).freeze();
                try {
                    assertThat(call.get(120, TimeUnit.SECONDS)).isEqualTo(Progress.expected(n));
                    assertThat(client.getCluster().getMembers()).as("the frozen member, when the call ended")
                            .anyMatch(member -> member.getUuid().equals(frozen));
                    assertThat(progress.speculated.get()).isPositive();
                    assertThat(progress.retried.get()).isZero();
                    // the copies left on the frozen member lost: close() does not wait for them
                    assertTimeoutPreemptively(Duration.ofSeconds(5), pool::close, "close beside a frozen member");
                } finally {
                    cluster.member(2).thaw();
                }
            }
        }
    }

    @Test
    void memberJoinsHalfway_receivesChunksOfThatCall() throws Exception {
        int n = 6_000;
        try (ProcessCluster cluster = ProcessCluster.start(3, 4, SLOTS)) {
            HazelcastInstance client = cluster.client(3);
            Progress progress = new Progress();
            try (Pool pool = GridPool.builder(client).chunkSize(1).addListener(progress).build()) {
                CompletableFuture<List<UUID>> call = pool.mapAsync(x -> {
                    Progress.work(x, 15_000);
                    return GridContext.hazelcast().getCluster().getLocalMember().getUuid();
                }, Progress.inputs(n));
                await().atMost(60, TimeUnit.SECONDS).until(() -> progress.completed.get() >= n / 20);
                UUID joined = cluster.addMember().uuid();
                List<UUID> ranOn = call.get(120, TimeUnit.SECONDS);
                assertThat(ranOn).hasSize(n).contains(joined);
                assertThat(pool.parallelism()).isEqualTo(4 * SLOTS);
            }
        }
    }
}
