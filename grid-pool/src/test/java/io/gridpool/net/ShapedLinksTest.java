package io.gridpool.net;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.testing.net.NetCluster;
import io.gridpool.testing.net.NetLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.gridpool.net.Results.assertExact;
import static io.gridpool.net.Results.hosts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client driver and three members, each on a host of its own, over links that are slow or lose
 * packets: the results are exact and no call fails. How fast it goes is the harness's business
 * (benchmarks' scenario 13); here only that it works, on every member.
 */
@Tag("network")
class ShapedLinksTest {

    private static NetLab lab;
    private static NetCluster cluster;
    private static HazelcastInstance client;
    private static Runs runs;

    @BeforeAll
    static void startGrid() {
        lab = NetLab.create(3);
        cluster = NetCluster.start(lab, lab.members(), 2);
        client = cluster.client();
        runs = Runs.create();
    }

    @AfterAll
    static void stopGrid() {
        if (cluster != null) {
            cluster.close();
        }
        if (lab != null) {
            lab.close();
        }
        if (runs != null) {
            runs.delete();
        }
    }

    @AfterEach
    void plainLinks() {
        lab.delay(0, 0);
        lab.loss(0);
    }

    @Test
    void delay_2ms_each_way() throws Exception {
        lab.delay(2_000, 500);
        try (GridPool pool = GridPool.on(client)) {
            List<Runs.Ran> results = pool.mapAsync(runs.sleeping(10), Runs.inputs(600)).get(60, TimeUnit.SECONDS);
            assertExact(results, 600);
            assertThat(hosts(results)).hasSize(3);

            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                long start = System.nanoTime();
                assertThat(pool.apply(runs.sleeping(0), i).x()).isEqualTo(i);
                micros.add((System.nanoTime() - start) / 1_000);
            }
            Collections.sort(micros);
            System.out.println("apply over 2 ms ± 0.5 ms each way: p50 " + micros.get(25) + " µs");
        }
    }

    @Test
    void loss_of_1_percent_on_every_link() throws Exception {
        lab.loss(1);
        try (GridPool pool = GridPool.on(client)) {
            for (int round = 0; round < 3; round++) {
                assertExact(pool.mapAsync(runs.sleeping(2), Runs.inputs(1_500), 5).get(60, TimeUnit.SECONDS), 1_500);
            }
            List<Runs.Ran> ordered = new ArrayList<>();
            pool.imap(runs.sleeping(1), Runs.inputs(1_000)).forEachRemaining(ordered::add);
            assertExact(ordered, 1_000);
            for (int i = 0; i < 30; i++) {
                assertThat(pool.applyAsync(runs.sleeping(0), i).get(30, TimeUnit.SECONDS).x()).isEqualTo(i);
            }
            assertThat(pool.stats().chunksFailed()).isZero();
        }
    }
}
