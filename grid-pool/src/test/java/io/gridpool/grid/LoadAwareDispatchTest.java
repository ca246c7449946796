package io.gridpool.grid;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridContext;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.testing.EmbeddedCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With one member's slots held by long chunks, the other member takes the rest of the work:
 * dispatch follows free slots, not a fixed rotation.
 */
class LoadAwareDispatchTest {

    private static final Map<UUID, AtomicInteger> CHUNKS = new ConcurrentHashMap<>();
    private static volatile UUID slowMember;
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private static EmbeddedCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = EmbeddedCluster.start(2, 2);
    }

    @AfterAll
    static void stopCluster() {
        RELEASE.countDown();
        cluster.close();
    }

    @Test
    void busyMember_othersTakeTheRest() throws Exception {
        HazelcastInstance slow = cluster.member(1);
        slowMember = slow.getCluster().getLocalMember().getUuid();
        UUID fastMember = cluster.member(0).getCluster().getLocalMember().getUuid();
        int elements = 200;
        // placement alone: with speculation on, the idle member would rightly take copies of the two stragglers
        try (Pool pool = GridPool.builder(cluster.member(0)).inFlightPerSlot(1).speculation(false).build()) {
            CompletableFuture<List<Integer>> call = pool.mapAsync(LoadAwareDispatchTest::work,
                    IntStream.range(0, elements).boxed().toList(), 1);
            // every chunk but those stuck on the slow member's two slots must finish elsewhere
            org.awaitility.Awaitility.await().atMost(60, TimeUnit.SECONDS)
                    .until(() -> count(fastMember) == elements - count(slowMember));
            assertThat(count(slowMember)).isEqualTo(2);
            assertThat(call).isNotDone();
            RELEASE.countDown();
            assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(IntStream.range(0, elements).boxed().toList());
        }
        assertThat(count(fastMember) + count(slowMember)).isEqualTo(elements);
        assertThat(count(fastMember)).isEqualTo(elements - 2);
    }

    private static int count(UUID member) {
        AtomicInteger n = CHUNKS.get(member);
        return n == null ? 0 : n.get();
    }

    private static Integer work(Integer x) throws InterruptedException {
        UUID me = GridContext.hazelcast().getCluster().getLocalMember().getUuid();
        CHUNKS.computeIfAbsent(me, k -> new AtomicInteger()).incrementAndGet();
        if (me.equals(slowMember)) {
            RELEASE.await(60, TimeUnit.SECONDS);
        }
        return x;
    }
}
