package io.gridpool.grid;

import io.gridpool.GridContext;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolTaskException;
import io.gridpool.testing.EmbeddedCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A pool's initializer runs exactly once per member, before that member's first chunk of the pool. */
class InitializerTest {

    private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> SEEN_BEFORE_INIT = new ConcurrentHashMap<>();

    private static EmbeddedCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = EmbeddedCluster.start(2, 2);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void initializer_oncePerMemberUnderConcurrentCalls() throws Exception {
        String tag = UUID.randomUUID().toString();
        try (Pool pool = GridPool.builder(cluster.member(0)).initializer(() -> initialize(tag)).build()) {
            List<CompletableFuture<List<String>>> calls = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                calls.add(pool.mapAsync(x -> checkInitialized(tag, x), IntStream.range(0, 200).boxed().toList(), 3));
            }
            for (CompletableFuture<List<String>> call : calls) {
                assertThat(call.get(60, TimeUnit.SECONDS)).hasSize(200);
            }
        }
        for (var member : cluster.members()) {
            String key = tag + member.getCluster().getLocalMember().getUuid();
            assertThat(RUNS.get(key)).as("initializer runs on %s", key).hasValue(1);
        }
        assertThat(SEEN_BEFORE_INIT).isEmpty();
    }

    @Test
    void initializer_oncePerPool() {
        String tag = UUID.randomUUID().toString();
        for (int round = 0; round < 2; round++) {
            try (Pool pool = GridPool.builder(cluster.member(0)).initializer(() -> initialize(tag)).build()) {
                pool.map(x -> checkInitialized(tag, x), IntStream.range(0, 100).boxed().toList(), 1);
            }
        }
        for (var member : cluster.members()) {
            assertThat(RUNS.get(tag + member.getCluster().getLocalMember().getUuid())).hasValue(2);
        }
    }

    @Test
    void initializer_failing_failsEveryChunkWithItsException() {
        try (Pool pool = GridPool.builder(cluster.member(0))
                .initializer(() -> {
                    throw new IllegalStateException("no licence file");
                }).build()) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> pool.map(x -> x, List.of(1, 2, 3)))
                        .isInstanceOf(PoolTaskException.class)
                        .hasMessageContaining("initializer failed")
                        .hasMessageContaining("no licence file")
                        .hasRootCauseInstanceOf(IllegalStateException.class);
            }
        }
    }

    private static void initialize(String tag) throws InterruptedException {
        String key = tag + GridContext.hazelcast().getCluster().getLocalMember().getUuid();
        // slow enough that concurrent chunks of the same member would overlap it
        Thread.sleep(200);
        RUNS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String checkInitialized(String tag, Integer x) {
        String key = tag + GridContext.hazelcast().getCluster().getLocalMember().getUuid();
        if (!RUNS.containsKey(key)) {
            SEEN_BEFORE_INIT.put(key, true);
        }
        return key + x;
    }
}
