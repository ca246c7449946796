package io.gridpool.faults;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolTaskException;
import io.gridpool.testing.ProcessCluster;
import io.gridpool.testing.TcpProxy;
import io.gridpool.testing.TestConfigs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The bounds of fault tolerance: a chunk that kills its members, a cluster with no member left,
 * a driver cut off from the cluster, and every kind of call under a member's death.
 */
class FaultBoundsTest {

    @Test
    void poisonPill_endsTheCall_namingChunkAttemptsAndMembers() {
        try (ProcessCluster cluster = ProcessCluster.start(3, 3, 2)) {
            HazelcastInstance client = cluster.client(3);
            try (Pool pool = GridPool.builder(client).maxAttempts(2).build()) {
                assertThatThrownBy(() -> pool.map(x -> {
                    if (x == 700) {
                        Runtime.getRuntime().halt(137);
                    }
                    return Progress.work(x, 100);
                }, Progress.inputs(2_000), 100))
                        .isInstanceOf(PoolTaskException.class)
                        .hasMessageContaining("was sent 2 times")
                        .hasMessageContaining("each time the member running it was lost")
                        .hasMessageMatching("(?s).*chunk \\d+ \\(elements \\d+\\.\\.\\d+\\).*")
                        .hasMessageMatching("(?s).*\\(127\\.0\\.0\\.1:\\d+, 127\\.0\\.0\\.1:\\d+\\).*");
                await().atMost(60, TimeUnit.SECONDS).until(() -> client.getCluster().getMembers().size() == 1);
                assertThat(pool.map(x -> x + 1, List.of(1L, 2L, 3L))).containsExactly(2L, 3L, 4L);
            }
            assertThat(cluster.members().stream().filter(m -> m.isAlive()).count()).isEqualTo(1);
        }
    }

    @Test
    void noMemberLeft_callWaitsItsBound_thenFailsClearly() {
        try (ProcessCluster cluster = ProcessCluster.start(1, 1, 2)) {
            Progress progress = new Progress();
            try (Pool pool = GridPool.builder(cluster.client(1)).memberWait(Duration.ofSeconds(3))
                    .chunkSize(1).addListener(progress).build()) {
                CompletableFuture<List<Long>> call = pool.mapAsync(x -> Progress.work(x, 5_000),
                        Progress.inputs(2_000));
                await().atMost(60, TimeUnit.SECONDS).until(() -> progress.completed.get() >= 10);
                long killedAt = System.nanoTime();
                cluster.member(0).kill();
                assertThatThrownBy(() -> call.get(60, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("no worker was available to run this call for 3 s");
                assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
            }
        }
    }

    @Test
    void noMemberLeft_memberArrivesWithinBound_callCompletes() throws Exception {
        try (ProcessCluster cluster = ProcessCluster.start(1, 2, 2)) {
            Progress progress = new Progress();
            try (Pool pool = GridPool.builder(cluster.client(1)).memberWait(Duration.ofSeconds(60))
                    .chunkSize(1).addListener(progress).build()) {
                CompletableFuture<List<Long>> call = pool.mapAsync(x -> Progress.work(x, 2_000),
                        Progress.inputs(1_000));
                await().atMost(60, TimeUnit.SECONDS).until(() -> progress.completed.get() >= 10);
                cluster.member(0).kill();
                cluster.addMember();
                assertThat(call.get(120, TimeUnit.SECONDS)).isEqualTo(Progress.expected(1_000));
            }
        }
    }

    @Test
    void noMemberLeft_terminateReturnsPromptly() {
        try (ProcessCluster cluster = ProcessCluster.start(1, 1, 2)) {
            Progress progress = new Progress();
            Pool pool = GridPool.builder(cluster.client(1)).memberWait(Duration.ofSeconds(60))
                    .chunkSize(1).addListener(progress).build();
            CompletableFuture<List<Long>> call = pool.mapAsync(x -> Progress.work(x, 5_000), Progress.inputs(2_000));
            await().atMost(60, TimeUnit.SECONDS).until(() -> progress.completed.get() >= 10);
            cluster.member(0).kill();
            long start = System.nanoTime();
            pool.terminate();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void clientCutOffForSeconds_carriesOnWhenReconnected() throws Exception {
        try (ProcessCluster cluster = ProcessCluster.start(2, 2, 2);
             TcpProxy proxy = new TcpProxy(cluster.ports().get(0))) {
            ClientConfig config = TestConfigs.client(cluster.name(), List.of(proxy.port()));
            config.getNetworkConfig().setSmartRouting(false);
            HazelcastInstance client = cluster.client(config, 2);
            Progress progress = new Progress();
            try (Pool pool = GridPool.builder(client).chunkSize(1).addListener(progress).build()) {
                CompletableFuture<List<Long>> call = pool.mapAsync(x -> Progress.work(x, 2_000),
                        Progress.inputs(3_000));
                await().atMost(60, TimeUnit.SECONDS).until(() -> progress.completed.get() >= 500);
                proxy.cut();
                long cutAt = progress.completed.get();
                await().during(3, TimeUnit.SECONDS).atMost(10, TimeUnit.SECONDS)
                        .until(() -> progress.completed.get() - cutAt < 50);
                proxy.restore();
                assertThat(call.get(120, TimeUnit.SECONDS)).isEqualTo(Progress.expected(3_000));
            }
        }
    }

    @Test
    void memberDeath_everyKindOfCallCompletesExactly() throws Exception {
        try (ProcessCluster cluster = ProcessCluster.start(3, 3, 2)) {
            Progress progress = new Progress();
            try (Pool pool = GridPool.builder(cluster.client(3)).chunkSize(1).addListener(progress).build()) {
                int n = 1_500;
                CompletableFuture<List<Long>> map = pool.mapAsync(x -> Progress.work(x, 2_000), Progress.inputs(n));
                CompletableFuture<List<Long>> starmap = pool.starmapAsync((Long a, Long b) -> Progress.work(a, 2_000) + b,
                        Progress.inputs(n).stream().map(x -> Map.entry(x, 1L)).toList());
                CompletableFuture<Long> apply = pool.applyAsync(() -> Progress.work(3, 3_000_000));
                Iterator<Long> imap = pool.imap(x -> Progress.work(x, 2_000), Progress.inputs(n));
                Iterator<Long> unordered = pool.imapUnordered(x -> Progress.work(x, 2_000), Progress.inputs(n));
                await().atMost(60, TimeUnit.SECONDS).until(() -> progress.completed.get() >= 600);
                cluster.member(0).kill();
                cluster.member(1).kill();
                assertThat(map.get(120, TimeUnit.SECONDS)).isEqualTo(Progress.expected(n));
                assertThat(starmap.get(120, TimeUnit.SECONDS))
                        .isEqualTo(Progress.expected(n).stream().map(x -> x + 1).toList());
                assertThat(apply.get(120, TimeUnit.SECONDS)).isEqualTo(Progress.work(3, 0));
                assertThat(drain(imap)).isEqualTo(Progress.expected(n));
                assertThat(drain(unordered)).containsExactlyInAnyOrderElementsOf(Progress.expected(n));
            }
        }
    }

    private static <T> List<T> drain(Iterator<T> it) {
        List<T> all = new ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }
}
