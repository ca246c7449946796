package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import io.gridpool.testing.EmbeddedCluster;
import io.gridpool.testing.Ports;
import io.gridpool.testing.TestConfigs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's whole run, as main does it: on an embedded grid of one, and as a client of a grid. */
class EmbeddedGridTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void embeddedConfig_secure_loopbackAlone() {
        Config config = GridConfigs.embedded(PiOptions.parse(new String[0], Map.of()));
        JoinConfig join = config.getNetworkConfig().getJoin();
        assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
        assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
        assertThat(join.getTcpIpConfig().isEnabled()).isFalse();
        assertThat(join.getMulticastConfig().isEnabled()).isFalse();
        assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(config.getSerializationConfig().getJavaSerializationFilterConfig().getWhitelist().getPrefixes())
                .contains("io.gridpool.", "java.");
        assertThat(config.getJetConfig().isEnabled()).isFalse();
    }

    @Test
    void gridMode_noMembersGiven_embeddedMemberRunsEverything() {
        int port = Ports.free();
        int status = run("--cluster-name=" + TestConfigs.clusterName(), "--port=" + port, "--samples=2e7", "--seed=5");
        assertThat(status).as(printed(err)).isZero();
        String report = report();
        assertThat(report).startsWith("pi ~= " + serialPi(20_000_000, 5) + "\nFinished in: ")
                .contains("mode: grid, 1 member, ")
                .containsPattern("\n  127\\.0\\.0\\.1:" + port + "  100\\.0%  20,000,000 samples\n");
    }

    @Test
    void gridMode_membersGiven_clientSpreadsOverThem() {
        try (EmbeddedCluster cluster = EmbeddedCluster.start(2, 1)) {
            String members = cluster.members().stream()
                    .map(m -> "127.0.0.1:" + m.getCluster().getLocalMember().getAddress().getPort())
                    .reduce((a, b) -> a + "," + b).orElseThrow();
            int status = run("--members=" + members, "--cluster-name=" + cluster.name(), "--await-members=2",
                    "--samples=2e7", "--batch=1e5", "--seed=5");
            assertThat(status).as(printed(err)).isZero();
            String report = report();
            assertThat(report).startsWith("pi ~= " + serialPi(20_000_000, 5)).contains("mode: grid, 2 members, 2 slots");
            assertThat(report.lines().filter(line -> line.matches("  127\\.0\\.0\\.1:\\d+ +\\d+\\.\\d% +[\\d,]+ samples")))
                    .hasSize(2).noneMatch(line -> line.contains(" 0.0%"));
        }
    }

    @Test
    void clientOfNoGrid_failsInOneLine(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("client.yaml"), """
                hazelcast-client:
                  connection-strategy:
                    connection-retry:
                      cluster-connect-timeout-millis: 500
                """);
        int port = Ports.free();
        String cluster = TestConfigs.clusterName();
        int status = run("--members=127.0.0.1:" + port, "--cluster-name=" + cluster, "--client-config=" + config);
        assertThat(status).isEqualTo(1);
        assertThat(printed(err)).startsWith("pi-demo: cannot connect to grid '" + cluster + "' at 127.0.0.1:" + port + ": ")
                .hasLineCount(1);
        assertThat(printed(out)).isEmpty();
    }

    private int run(String... args) {
        PiOptions options = PiOptions.parse(args, Map.of());
        return PiCommand.runOnce(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    /** What the run printed, less the progress lines of a run that took over a second. */
    private String report() {
        return printed(out).lines().filter(line -> !line.startsWith("progress: ")).map(line -> line + "\n")
                .reduce("", String::concat);
    }

    private static double serialPi(long samples, long seed) {
        return new PiEstimator(Mode.SERIAL, null, null).estimate(new PiJob(samples, 100_000, seed), Progress.none()).pi();
    }

    private static String printed(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
