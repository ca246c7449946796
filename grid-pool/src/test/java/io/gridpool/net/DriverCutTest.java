package io.gridpool.net;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.testing.net.NetCluster;
import io.gridpool.testing.net.NetHost;
import io.gridpool.testing.net.NetLab;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.gridpool.net.Results.assertExact;
import static io.gridpool.net.Results.hosts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member cut off from its client driver, and from nothing else: it stays in the cluster and
 * keeps running what it holds, but no answer of it reaches the driver. The call goes on exact, the
 * chunks out there are sent elsewhere within a bound, and once the link heals the member gets work
 * again.
 */
@Tag("network")
class DriverCutTest {

    /** 12000 tasks of 10 ms on 3 members × 2 slots: a 20 s map. */
    private static final int ELEMENTS = 12_000;
    /** How soon the chunks out on a member cut off must all run elsewhere: the target. */
    static final long RESENT_WITHIN_MILLIS = 15_000;

    @Test
    void member_cut_from_the_driver_only() throws Exception {
        Runs runs = Runs.create();
        try (NetLab lab = NetLab.create(3); NetCluster cluster = NetCluster.start(lab, lab.members(), 2)) {
            HazelcastInstance client = cluster.client();
            NetHost cut = lab.member(2);
            try (GridPool pool = GridPool.on(client)) {
                long start = System.currentTimeMillis();
                CompletableFuture<List<Runs.Ran>> call = pool.mapAsync(runs.sleeping(10), Runs.inputs(ELEMENTS), 20);
                // 2 s into the map: 6 slots run 600 tasks a second
                await().atMost(30, TimeUnit.SECONDS).until(() -> started(runs, lab) >= 1_200);
                long cutAt = System.currentTimeMillis();
                lab.cut(List.of(lab.driver()), List.of(cut));

                List<Runs.Ran> results = call.get(120, TimeUnit.SECONDS);
                long end = System.currentTimeMillis();
                assertExact(results, ELEMENTS);
                long resent = Results.resentWithin(results, runs, cut.address(), cutAt);
                System.out.printf("driver cut from %s %d ms into the map; the map took %d ms; the chunks out there "
                        + "were all running elsewhere %d ms after the cut%n", cut, cutAt - start, end - start, resent);
                assertThat(client.getCluster().getMembers()).as("the cut member stays in the cluster").hasSize(3);

                long healAt = System.currentTimeMillis();
                lab.heal(List.of(lab.driver()), List.of(cut));
                await().atMost(60, TimeUnit.SECONDS).until(() ->
                        hosts(pool.map(runs.sleeping(10), Runs.inputs(120), 2)).contains(cut.address()));
                System.out.printf("after the heal, %s got work again within %d ms%n", cut,
                        System.currentTimeMillis() - healAt);
                assertThat(resent).as("the chunks out on the cut member, resent within (ms)")
                        .isBetween(0L, RESENT_WITHIN_MILLIS);
            }
        } finally {
            runs.delete();
        }
    }

    private static int started(Runs runs, NetLab lab) {
        return lab.members().stream().mapToInt(host -> runs.startedOn(host.address()).size()).sum();
    }
}
