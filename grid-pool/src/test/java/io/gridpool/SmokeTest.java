package io.gridpool;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void map() throws Exception {
        List<Integer> in = IntStream.range(0, 1000).boxed().toList();
        try (Pool pool = new LocalPool(2)) {
            assertThat(pool.map(x -> x + 1, in)).isEqualTo(IntStream.range(1, 1001).boxed().toList());
        }
        try (Pool pool = LocalPool.builder().serializing(true).build()) {
            assertThat(pool.map(x -> x + 1, in)).isEqualTo(IntStream.range(1, 1001).boxed().toList());
            var it = pool.imap(x -> x * 2, () -> IntStream.range(0, 100).boxed().iterator());
            int i = 0;
            while (it.hasNext()) {
                assertThat(it.next()).isEqualTo(2 * i++);
            }
            assertThat(i).isEqualTo(100);
        }
    }
}
