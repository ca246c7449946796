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
 * A member cut off from everyone, the driver and the other members, for 20 s in the middle of a
 * call, then healed: the call is exact, and the member comes back into the cluster (the others
 * dropped it after 10 s without a heartbeat; it merges back) and gets work.
 */
@Tag("network")
class IsolationTest {

    private static final int ELEMENTS = 9_000;
    private static final long ISOLATED_MILLIS = 20_000;

    @Test
    void member_cut_from_everyone_for_20s() throws Exception {
        Runs runs = Runs.create();
        try (NetLab lab = NetLab.create(3); NetCluster cluster = NetCluster.start(lab, lab.members(), 2)) {
            HazelcastInstance client = cluster.client();
            NetHost isolated = lab.member(2);
            List<NetHost> others = List.of(lab.driver(), lab.member(0), lab.member(1));
            try (GridPool pool = GridPool.on(client)) {
                long start = System.currentTimeMillis();
                CompletableFuture<List<Runs.Ran>> call = pool.mapAsync(runs.sleeping(10), Runs.inputs(ELEMENTS), 20);
                await().atMost(30, TimeUnit.SECONDS).until(() -> runs.startedOn(isolated.address()).size() >= 200);
                long cutAt = System.currentTimeMillis();
                lab.cut(others, List.of(isolated));
                CompletableFuture<Void> heal = CompletableFuture.runAsync(() -> lab.heal(others, List.of(isolated)),
                        CompletableFuture.delayedExecutor(ISOLATED_MILLIS, TimeUnit.MILLISECONDS));

                List<Runs.Ran> results = call.get(120, TimeUnit.SECONDS);
                long end = System.currentTimeMillis();
                assertExact(results, ELEMENTS);
                long resent = Results.resentWithin(results, runs, isolated.address(), cutAt);
                System.out.printf("%s isolated %d ms into the map; the map took %d ms; its chunks were all running "
                        + "elsewhere %d ms after the cut%n", isolated, cutAt - start, end - start, resent);

                assertThat(resent).as("the chunks out on the isolated member, resent within (ms)")
                        .isBetween(0L, DriverCutTest.RESENT_WITHIN_MILLIS);
                heal.get(60, TimeUnit.SECONDS);
                long healAt = System.currentTimeMillis();
                await().atMost(90, TimeUnit.SECONDS).until(() -> client.getCluster().getMembers().size() == 3
                        && hosts(pool.map(runs.sleeping(10), Runs.inputs(120), 2)).contains(isolated.address()));
                System.out.printf("after the heal, %s was back and got work within %d ms%n", isolated,
                        System.currentTimeMillis() - healAt);
                assertThat(pool.stats().chunksFailed()).isZero();
            }
        } finally {
            runs.delete();
        }
    }
}
