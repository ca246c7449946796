package io.gridpool.member;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.function.FunctionEx;
import com.hazelcast.map.IMap;
import io.gridpool.GridContext;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.testing.MemberProcess;
import io.gridpool.testing.Ports;
import io.gridpool.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** SIGTERM to a GridMember in the middle of a map: it drains, and the map neither loses nor repeats work. */
@Timeout(120)
class DrainTest {

    private static final int ELEMENTS = 600;

    @Test
    void sigterm_midMap_resultExact_andNothingRunTwice() throws Exception {
        String cluster = TestConfigs.clusterName();
        List<Integer> ports = Ports.free(2);
        try (MemberProcess leaving = GridMembers.start(cluster, ports.get(0), ports);
             MemberProcess staying = GridMembers.start(cluster, ports.get(1), ports)) {
            HazelcastInstance client = HazelcastClient.newHazelcastClient(TestConfigs.client(cluster, ports));
            Pool pool = GridPool.on(client);
            try {
                IMap<UUID, String> runs = client.getMap("runs");
                List<Integer> inputs = IntStream.range(0, ELEMENTS).boxed().toList();

                CompletableFuture<List<Integer>> squares = pool.mapAsync(recordingSquare(), inputs, 4);
                await().atMost(60, TimeUnit.SECONDS).until(() -> runs.size() >= ELEMENTS / 4);
                leaving.terminate();

                assertThat(squares.get(60, TimeUnit.SECONDS)).isEqualTo(inputs.stream().map(x -> x * x).toList());
                assertThat(leaving.waitFor()).as("the member ends by itself after draining").isTrue();
                assertThat(leaving.output()).contains("DRAINING " + leaving.uuid(), "STOPPED " + leaving.uuid());
                Map<Integer, Long> executions = executionsPerElement(runs.values());
                assertThat(executions).hasSize(ELEMENTS);
                assertThat(executions.values()).as("executions of each element").containsOnly(1L);
                assertThat(runs.values()).as("the leaving member did its share before it left")
                        .anyMatch(run -> run.endsWith("@" + leaving.uuid()));
            } finally {
                pool.terminate();
                client.getLifecycleService().terminate();
            }
        }
    }

    /** Squares an element, recording each execution in the cluster's "runs" map as "element@member". */
    private static FunctionEx<Integer, Integer> recordingSquare() {
        return x -> {
            HazelcastInstance member = GridContext.hazelcast();
            member.getMap("runs").put(UUID.randomUUID(), x + "@" + member.getCluster().getLocalMember().getUuid());
            Thread.sleep(10); // the work: long enough that SIGTERM finds chunks running
            return x * x;
        };
    }

    private static Map<Integer, Long> executionsPerElement(java.util.Collection<String> runs) {
        return runs.stream().map(run -> Integer.valueOf(run.substring(0, run.indexOf('@'))))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
