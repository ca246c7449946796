package io.gridpool.member;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridContext;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.testing.MemberProcess;
import io.gridpool.testing.Ports;
import io.gridpool.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replicas that find each other by one DNS name ({@code --service-dns}), as those of a scaled
 * Compose service or a Kubernetes headless Service do: every replica in a process of its own, on an
 * address of its own (127.0.0.2, .3, .4: all of 127/8 is loopback) and the same port, and a hosts
 * file (the JDK's {@code jdk.net.hosts.file}) in which the name stands for all of them.
 */
@Timeout(180)
class GridMemberServiceDnsTest {

    private static final String SERVICE = "replicas";
    private static final List<String> ADDRESSES = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4");

    @TempDir
    Path dir;

    @Test
    void replicas_formOneGrid_eachUnderItsOwnAddress_andAReplacementJoinsIt() throws IOException {
        String cluster = TestConfigs.clusterName();
        int port = Ports.free();
        Path hosts = hostsFile();
        List<MemberProcess> replicas = new ArrayList<>();
        HazelcastInstance client = null;
        try {
            for (String address : ADDRESSES) {
                replicas.add(replica(cluster, address, port, hosts));
            }
            client = HazelcastClient.newHazelcastClient(client(cluster, port));
            HazelcastInstance grid = client;
            await().atMost(60, TimeUnit.SECONDS).until(() -> addresses(grid).size() == 3);
            assertThat(addresses(client)).containsExactlyInAnyOrderElementsOf(
                    ADDRESSES.stream().map(a -> a + ":" + port).toList());
            assertThat(GridMembers.readyLine(replicas.get(2))).contains(" address=127.0.0.4:" + port);
            assertThat(workers(client)).hasSize(3);

            MemberProcess stopped = replicas.remove(1);
            stopped.terminate();
            assertThat(stopped.waitFor()).as("the stopped replica drains and ends").isTrue();
            await().atMost(60, TimeUnit.SECONDS).until(() -> addresses(grid).size() == 2);
            MemberProcess replacement = replica(cluster, ADDRESSES.get(1), port, hosts);
            replicas.add(replacement);

            await().atMost(60, TimeUnit.SECONDS).until(() -> addresses(grid).size() == 3);
            assertThat(client.getCluster().getMembers()).extracting(Member::getUuid).contains(replacement.uuid());
            assertThat(workers(client)).contains(replacement.uuid().toString()).hasSize(3);
        } finally {
            if (client != null) {
                client.getLifecycleService().terminate();
            }
            replicas.forEach(MemberProcess::close);
        }
    }

    private Path hostsFile() throws IOException {
        String lines = ADDRESSES.stream().map(address -> address + " " + SERVICE + "\n").collect(Collectors.joining());
        return Files.writeString(dir.resolve("hosts"), lines);
    }

    /** A replica as a Compose service starts it: the same options for all, an address of its own. */
    private static MemberProcess replica(String cluster, String address, int port, Path hosts) {
        List<String> args = List.of("--cluster-name", cluster, "--port", String.valueOf(port),
                "--service-dns", SERVICE, "--interface", address, "--slots", "1");
        // hazelcast.local.localAddress stands in for the container's own interface, which loopback aliases lack
        List<String> jvmArgs = List.of("-Djdk.net.hosts.file=" + hosts, "-Dhazelcast.local.localAddress=" + address,
                "-Dhazelcast.wait.seconds.before.join=0");
        return MemberProcess.start(GridMemberInTests.class.getName(), address + ":" + port, args, jvmArgs);
    }

    private static ClientConfig client(String cluster, int port) {
        ClientConfig config = TestConfigs.client(cluster, List.of());
        config.getNetworkConfig().setAddresses(List.of(ADDRESSES.get(0) + ":" + port));
        return config;
    }

    private static Set<String> addresses(HazelcastInstance client) {
        return client.getCluster().getMembers().stream()
                .map(member -> member.getAddress().getHost() + ":" + member.getAddress().getPort())
                .collect(Collectors.toSet());
    }

    /** The members that ran a map's chunks: one element per chunk, so that every member gets some. */
    private static Set<String> workers(HazelcastInstance client) {
        try (Pool pool = GridPool.on(client)) {
            List<String> ran = pool.map(x -> {
                Thread.sleep(20);
                return GridContext.hazelcast().getCluster().getLocalMember().getUuid().toString();
            }, IntStream.range(0, 60).boxed().toList(), 1);
            return Set.copyOf(ran);
        }
    }
}
