package io.gridpool.net;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.testing.net.NetCluster;
import io.gridpool.testing.net.NetHost;
import io.gridpool.testing.net.NetLab;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.gridpool.net.Results.assertExact;
import static io.gridpool.net.Results.hosts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A split brain of 60 s in the middle of a call: members {A, B} | {C}. Two grids live through it
 * at once, on one lab, to spend the 60 s once: on the first, a client driver on the side of
 * {A, B}; on the second, an embedded driver (a member in the test JVM) on the side of {C}, the
 * minority. The first call is exact and, after the merge, a new call uses all three members. The
 * second finishes exact or fails clearly, and never hangs; after the merge its pool uses all four.
 */
@Tag("network")
class SplitBrainTest {

    private static final int ELEMENTS = 9_000;
    private static final long SPLIT_MILLIS = 60_000;

    @Test
    void split_brain_of_60s_mid_call() throws Exception {
        Runs runs = Runs.create();
        try (NetLab lab = NetLab.create(6)) {
            // both grids start at once; if one fails, closing the lab stops the other's members
            CompletableFuture<NetCluster> startingMinority = CompletableFuture.supplyAsync(() ->
                    NetCluster.start(lab, lab.members().subList(3, 6), 2));
            try (NetCluster majority = NetCluster.start(lab, lab.members().subList(0, 3), 2);
                 NetCluster minority = startingMinority.join();
                 GridPool onMajority = GridPool.on(majority.client());
                 GridPool onMinority = GridPool.on(minority.embeddedDriver(2))) {
                splitMidCall(lab, onMajority, onMinority, runs);
            }
        } finally {
            runs.delete();
        }
    }

    private static void splitMidCall(NetLab lab, GridPool onMajority, GridPool onMinority, Runs runs)
            throws Exception {
        NetHost c1 = lab.member(2);
        NetHost c2 = lab.member(5);
        List<NetHost> clientSide = List.of(lab.driver(), lab.member(0), lab.member(1));
        List<NetHost> embeddedOther = List.of(lab.member(3), lab.member(4));
        List<NetHost> embeddedSide = List.of(lab.driver(), c2);
        long start = System.currentTimeMillis();
        List<Integer> inputs = Runs.inputs(ELEMENTS);
        CompletableFuture<List<Runs.Ran>> first = onMajority.mapAsync(runs.sleeping(10), inputs, 20);
        CompletableFuture<List<Runs.Ran>> second = onMinority.mapAsync(runs.sleeping(10), inputs, 20);
        await().atMost(30, TimeUnit.SECONDS).until(() -> runs.startedOn(c1.address()).size() >= 200
                && runs.startedOn(c2.address()).size() >= 200);
        long cutAt = System.currentTimeMillis();
        lab.cut(clientSide, List.of(c1));
        lab.cut(embeddedOther, embeddedSide);
        CompletableFuture<Void> heal = CompletableFuture.runAsync(() -> {
            lab.heal(clientSide, List.of(c1));
            lab.heal(embeddedOther, embeddedSide);
        }, CompletableFuture.delayedExecutor(SPLIT_MILLIS, TimeUnit.MILLISECONDS));

        List<Runs.Ran> results = first.get(150, TimeUnit.SECONDS);
        long resent = Results.resentWithin(results, runs, c1.address(), cutAt);
        System.out.printf("client on {A, B}: cut %d ms into the map, which took %d ms; C's chunks were all "
                + "running elsewhere %d ms after the cut%n", cutAt - start, System.currentTimeMillis() - start, resent);
        assertExact(results, ELEMENTS);
        assertThat(resent).as("C's chunks, resent within (ms)").isBetween(0L, DriverCutTest.RESENT_WITHIN_MILLIS);
        String minorityOutcome = outcome(second, start);

        heal.get(90, TimeUnit.SECONDS);
        long healAt = System.currentTimeMillis();
        await().atMost(90, TimeUnit.SECONDS).until(() ->
                hosts(onMajority.map(runs.sleeping(10), Runs.inputs(120), 2)).size() == 3);
        System.out.printf("after the merge, a call of the client used all three members %d ms after the heal%n",
                System.currentTimeMillis() - healAt);
        System.out.println("embedded driver on {C}: " + minorityOutcome);
        await().atMost(90, TimeUnit.SECONDS).until(() ->
                hosts(onMinority.map(runs.sleeping(10), Runs.inputs(160), 2)).size() == 4);
        System.out.printf("after the merge, a call of the embedded driver used all four members %d ms after the "
                + "heal%n", System.currentTimeMillis() - healAt);
    }

    /** The minority's call ends, exact or with a clear error, and within its bound. */
    private static String outcome(CompletableFuture<List<Runs.Ran>> call, long start)
            throws InterruptedException, TimeoutException {
        try {
            List<Runs.Ran> results = call.get(150, TimeUnit.SECONDS);
            assertExact(results, ELEMENTS);
            return "finished exact after " + (System.currentTimeMillis() - start) + " ms, on "
                    + new ArrayList<>(hosts(results));
        } catch (ExecutionException e) {
            assertThat(e.getCause().getMessage()).as("a clear error").isNotBlank();
            return "failed after " + (System.currentTimeMillis() - start) + " ms: " + e.getCause();
        }
    }
}
