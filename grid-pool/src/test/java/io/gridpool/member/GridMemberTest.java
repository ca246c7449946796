package io.gridpool.member;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.YamlClientConfigBuilder;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridContext;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolTaskException;
import io.gridpool.testing.MemberProcess;
import io.gridpool.testing.Ports;
import io.gridpool.testing.TestConfigs;
import org.example.trusted.Money;
import org.example.untrusted.Gadget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two members started by GridMember, each in its own process, and a client driver in the test's JVM. */
@Timeout(120)
class GridMemberTest {

    private static final String CLUSTER = TestConfigs.clusterName();
    private static final List<Integer> PORTS = Ports.free(3);

    private static MemberProcess first;
    private static MemberProcess second;
    private static HazelcastInstance client;
    private static Pool pool;

    @BeforeAll
    static void startGrid() {
        List<Integer> grid = PORTS.subList(0, 2);
        first = GridMembers.start(CLUSTER, PORTS.get(0), grid, "--allow", "org.example.trusted");
        second = GridMembers.start(CLUSTER, PORTS.get(1), grid, "--allow", "org.example.trusted");
        client = HazelcastClient.newHazelcastClient(TestConfigs.client(CLUSTER, grid));
        pool = GridPool.on(client);
    }

    @AfterAll
    static void stopGrid() {
        if (pool != null) {
            pool.terminate();
        }
        if (client != null) {
            client.getLifecycleService().terminate();
        }
        for (MemberProcess member : new MemberProcess[] {first, second}) {
            if (member != null) {
                member.close();
            }
        }
    }

    @Test
    void member_announcesItsAddressClusterAndSlots() {
        assertThat(GridMembers.readyLine(second)).isEqualTo("READY " + second.uuid() + " address=127.0.0.1:"
                + PORTS.get(1) + " cluster=" + CLUSTER + " slots=2 members=2");
    }

    @Test
    void map_fromClient_runsOnEveryMember() {
        List<Integer> inputs = IntStream.range(0, 2_000).boxed().toList();
        assertThat(pool.parallelism()).isEqualTo(4);

        List<Integer> squares = pool.map(x -> x * x, inputs, 50);
        List<String> workers = pool.map(x -> GridContext.hazelcast().getCluster().getLocalMember().getUuid()
                .toString(), inputs, 50);

        assertThat(squares).isEqualTo(inputs.stream().map(x -> x * x).toList());
        assertThat(Set.copyOf(workers)).containsExactlyInAnyOrder(first.uuid().toString(), second.uuid().toString());
    }

    @Test
    void memberOfAnotherCluster_doesNotJoin() {
        try (MemberProcess stranger = GridMembers.start("other-" + CLUSTER, PORTS.get(2), PORTS)) {
            assertThat(GridMembers.readyLine(stranger)).contains(" cluster=other-" + CLUSTER, " members=1");
            assertThat(client.getCluster().getMembers().stream().map(m -> m.getUuid()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(first.uuid(), second.uuid());
            assertThat(pool.parallelism()).isEqualTo(4);
        }
    }

    @Test
    void allowedApplicationClass_travels() {
        List<Long> cents = pool.map(Money::cents, List.of(new Money(1), new Money(250)));

        assertThat(cents).containsExactly(1L, 250L);
    }

    @Test
    void elementOfClassOutsideAllowList_isRefused_andMemberKeepsServing() {
        List<Gadget> gadgets = List.of(new Gadget(1), new Gadget(2));

        assertThatThrownBy(() -> pool.map(Gadget::value, gadgets))
                .isInstanceOf(PoolTaskException.class)
                .hasMessageContaining("on member 127.0.0.1:")
                .hasMessageContaining("class " + Gadget.class.getName() + " is not allowed by its Java deserialization filter")
                .hasMessageContaining("--allow");
        assertThat(pool.map(x -> x + 1, List.of(1, 2, 3))).containsExactly(2, 3, 4);
    }

    @Test
    void functionCapturingClassOutsideAllowList_isRefused_andMemberKeepsServing() {
        Gadget gadget = new Gadget(7);

        assertThatThrownBy(() -> pool.apply(() -> gadget.value()))
                .isInstanceOf(PoolTaskException.class)
                .hasMessageContaining("the function could not be read on member 127.0.0.1:")
                .hasMessageContaining("class " + Gadget.class.getName() + " is not allowed");
        assertThat(pool.apply(() -> UUID.randomUUID().toString())).hasSize(36);
    }

    @Test
    void clientWithTheProjectsConfig_refusesResultOutsideItsAllowList() throws IOException {
        ClientConfig config = new YamlClientConfigBuilder("../config/hazelcast-client.yaml").build();
        config.setClusterName(CLUSTER).getNetworkConfig().setAddresses(List.of("127.0.0.1:" + PORTS.get(0)));
        HazelcastInstance guarded = HazelcastClient.newHazelcastClient(config);
        try (Pool guardedPool = GridPool.on(guarded)) {
            assertThatThrownBy(() -> guardedPool.map(Gadget::new, List.of(1)))
                    .isInstanceOf(PoolTaskException.class)
                    .hasMessageContaining("cannot be read here: class " + Gadget.class.getName()
                            + " is not allowed by this JVM's Java deserialization filter");
            assertThat(guardedPool.map(x -> x + 1, List.of(1, 2))).containsExactly(2, 3);
        } finally {
            guarded.getLifecycleService().terminate();
        }
    }
}
