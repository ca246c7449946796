package io.gridpool;

import io.gridpool.testing.EmbeddedCluster;
import io.gridpool.testing.ProcessCluster;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GridSmokeTest {
    @Test
    void embedded() {
        List<Integer> in = IntStream.range(0, 100_000).boxed().toList();
        try (EmbeddedCluster cluster = EmbeddedCluster.start(2, 2); Pool pool = GridPool.on(cluster.member(0))) {
            assertThat(pool.parallelism()).isEqualTo(4);
            long t0 = System.nanoTime();
            assertThat(pool.map(x -> x + 1, in)).isEqualTo(IntStream.range(1, 100_001).boxed().toList());
            System.out.println("map took " + (System.nanoTime() - t0) / 1e6 + " ms");
            assertThatThrownBy(() -> pool.map(x -> 10 / (x - 500), in, 100))
                    .isInstanceOf(PoolTaskException.class).hasMessageContaining("element 500").satisfies(e ->
                            System.out.println(e));
            assertThat(pool.apply(() -> "hi")).isEqualTo("hi");
            var it = pool.imap(x -> x * 2, () -> IntStream.range(0, 1000).boxed().iterator());
            int i = 0;
            while (it.hasNext()) {
                assertThat(it.next()).isEqualTo(2 * i++);
            }
            assertThat(i).isEqualTo(1000);
        }
    }

    @Test
    void processes() {
        List<Integer> in = IntStream.range(0, 100_000).boxed().toList();
        try (ProcessCluster cluster = ProcessCluster.start(2, 2, 2);
             Pool pool = GridPool.on(cluster.client(2))) {
            assertThat(pool.parallelism()).isEqualTo(4);
            for (int k = 0; k < 3; k++) {
                long t0 = System.nanoTime();
                assertThat(pool.map(x -> x + 1, in)).isEqualTo(IntStream.range(1, 100_001).boxed().toList());
                System.out.println("client map took " + (System.nanoTime() - t0) / 1e6 + " ms");
            }
        }
    }
}
