package io.gridpool.grid;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.gridpool.GridContext;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.testing.EmbeddedCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** mapByKey runs each element on the member that owns its key's partition, over three members. */
class CoLocationTest {

    private static EmbeddedCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = EmbeddedCluster.start(3, 2);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void mapByKey_runsOnPartitionOwner() {
        HazelcastInstance driver = cluster.member(0);
        List<String> keys = IntStream.range(0, 2_000).mapToObj(i -> "order-" + i).toList();
        try (Pool pool = GridPool.on(driver)) {
            List<UUID> ranOn = pool.mapByKey(k -> k,
                    k -> GridContext.hazelcast().getCluster().getLocalMember().getUuid(), keys);
            assertThat(ranOn).hasSize(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                UUID owner = driver.getPartitionService().getPartition(keys.get(i)).getOwner().getUuid();
                assertThat(ranOn.get(i)).as("member of %s", keys.get(i)).isEqualTo(owner);
            }
            assertThat(ranOn.stream().distinct().count()).isEqualTo(3);
        }
    }

    @Test
    void mapByKey_readsColocatedDataLocally() {
        HazelcastInstance driver = cluster.member(0);
        IMap<Integer, Integer> prices = driver.getMap("prices");
        IntStream.range(0, 500).forEach(i -> prices.put(i, i * 10));
        List<Integer> ids = IntStream.range(0, 500).boxed().toList();
        try (Pool pool = GridPool.on(driver)) {
            List<Boolean> local = pool.mapByKey(id -> id,
                    id -> GridContext.hazelcast().<Integer, Integer>getMap("prices").localKeySet().contains(id), ids);
            assertThat(local).containsOnly(true);
            List<Integer> doubled = pool.mapByKey(id -> id,
                    id -> 2 * GridContext.hazelcast().<Integer, Integer>getMap("prices").get(id), ids);
            assertThat(doubled).isEqualTo(ids.stream().map(i -> i * 20).toList());
        }
    }
}
