package io.gridpool.grid;

import com.hazelcast.function.FunctionEx;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolTaskException;
import io.gridpool.member.GridMember;
import io.gridpool.testing.MemberProcess;
import io.gridpool.testing.Ports;
import io.gridpool.testing.TestConfigs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A member whose classpath lacks the application's classes: the caller gets an error naming the
 * class and the member that says members need the application's jar, at once, and the member
 * keeps serving work whose classes it has.
 */
class MissingClassTest {

    /**
     * Only in the test's classes, which the member does not have. Serializable, so Java
     * serialization carries it and needs its class (Compact would read a missing class as a
     * GenericRecord and pass it through).
     */
    record Parcel(String label) implements java.io.Serializable {
    }

    private static MemberProcess member;
    private static com.hazelcast.core.HazelcastInstance client;
    private static String memberAddress;

    @BeforeAll
    static void startMemberWithoutTestClasses() {
        String cluster = TestConfigs.clusterName();
        int port = Ports.free();
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        member = MemberProcess.start(GridMember.class.getName(), cluster + "-" + port,
                List.of("--cluster-name", cluster, "--port", String.valueOf(port),
                        "--members", "127.0.0.1:" + port, "--interface", "127.0.0.1", "--slots", "2"),
                List.of("-Dhazelcast.wait.seconds.before.join=0"), classpath);
        memberAddress = "127.0.0.1:" + port;
        client = com.hazelcast.client.HazelcastClient.newHazelcastClient(
                TestConfigs.client(cluster, List.of(port)));
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.shutdown();
        }
        if (member != null) {
            member.close();
        }
    }

    @Test
    void functionClassMissing_namesClassAndMember() {
        try (Pool pool = GridPool.on(client)) {
            assertThatThrownBy(() -> pool.map(x -> x + 1, List.of(1, 2, 3)))
                    .isInstanceOf(PoolTaskException.class)
                    .hasMessageContaining("class " + MissingClassTest.class.getName())
                    .hasMessageContaining("member " + memberAddress)
                    .hasMessageContaining("every member needs the application's jar")
                    .satisfies(e -> assertThat(((PoolTaskException) e).member()).isEqualTo(memberAddress));
            assertThat(pool.map(FunctionEx.identity(), List.of(1, 2, 3))).containsExactly(1, 2, 3);
        }
    }

    @Test
    void elementClassMissing_namesClassAndElement() {
        try (Pool pool = GridPool.on(client)) {
            // one chunk: with a chunk each, the call fails with whichever failure arrives first, as CPython's map does
            assertThatThrownBy(() -> pool.map(FunctionEx.identity(), List.of(new Parcel("a"), new Parcel("b")), 2))
                    .isInstanceOf(PoolTaskException.class)
                    .hasMessageContaining("element 0")
                    .hasMessageContaining(Parcel.class.getName())
                    .hasMessageContaining("member " + memberAddress)
                    .hasMessageContaining("every member needs the application's jar");
            assertThat(pool.map(FunctionEx.identity(), List.of("still", "serving"))).containsExactly("still", "serving");
        }
    }
}
