package io.gridpool.grid;

import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.testing.EmbeddedCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Eight threads, fifty mixed calls each, on one GridPool: every caller gets exactly its own results. */
class ManyCallersTest {

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
    void eightThreads_fiftyMixedCalls_eachGetsItsOwnResults() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (Pool pool = GridPool.on(cluster.member(0))) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int caller = t;
                done.add(callers.submit(() -> runCalls(pool, caller)));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(50);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static int runCalls(Pool pool, int caller) throws Exception {
        int checked = 0;
        for (int call = 0; call < 50; call++) {
            int base = caller * 1_000_000 + call * 1_000;
            int size = 1 + (call * 37) % 300;
            List<Integer> inputs = IntStream.range(base, base + size).boxed().toList();
            List<Integer> expected = inputs.stream().map(x -> x * 3).toList();
            switch (call % 6) {
                case 0 -> assertThat(pool.map(x -> x * 3, inputs)).isEqualTo(expected);
                case 1 -> assertThat(pool.mapAsync(x -> x * 3, inputs, 7).get(60, TimeUnit.SECONDS))
                        .isEqualTo(expected);
                case 2 -> assertThat(drain(pool.imap(x -> x * 3, inputs::iterator, 5))).isEqualTo(expected);
                case 3 -> assertThat(drain(pool.imapUnordered(x -> x * 3, inputs, 11)))
                        .containsExactlyInAnyOrderElementsOf(expected);
                case 4 -> assertThat(pool.starmap((Integer a, Integer b) -> a * b,
                        inputs.stream().map(x -> Map.entry(x, 3)).toList())).isEqualTo(expected);
                default -> assertThat((Integer) pool.apply(x -> x * 3, base)).isEqualTo(base * 3);
            }
            checked++;
        }
        return checked;
    }

    private static <R> List<R> drain(Iterator<R> results) {
        List<R> all = new ArrayList<>();
        results.forEachRemaining(all::add);
        return all;
    }
}
