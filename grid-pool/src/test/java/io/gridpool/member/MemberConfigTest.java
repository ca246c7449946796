package io.gridpool.member;

import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.gridpool.GridPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Hazelcast config GridMember builds from config/hazelcast-member.yaml (or a file given) and its options. */
class MemberConfigTest {

    @TempDir
    Path dir;

    private static Config load(String... args) {
        return MemberConfig.load(MemberOptions.of(CommandLine.read(args, Map.of()).values()));
    }

    @Test
    void bundledConfig_isTheSecureDefault() {
        Config config = load();

        NetworkConfig network = config.getNetworkConfig();
        JoinConfig join = network.getJoin();
        assertThat(config.getClusterName()).isEqualTo("gridpool");
        assertThat(network.getInterfaces().isEnabled()).isTrue();
        assertThat(network.getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
        assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
        assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
        assertThat(join.getMulticastConfig().isEnabled()).isFalse();
        assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(config.getJetConfig().isEnabled()).isFalse();
        assertThat(config.getUserCodeDeploymentConfig().isEnabled()).isFalse();
        assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
        assertThat(config.getProperty("hazelcast.shutdownhook.enabled")).isEqualTo("false");
        assertThat(config.getSerializationConfig().getJavaSerializationFilterConfig().isDefaultsDisabled()).isTrue();
        assertThat(allowed(config).getPrefixes()).containsExactlyInAnyOrderElementsOf(AllowList.GRID_POOL);
    }

    @Test
    void bundledConfig_isTheProjectsConfigFile() throws IOException {
        try (var bundled = MemberConfig.class.getClassLoader().getResourceAsStream(MemberConfig.BUNDLED)) {
            assertThat(bundled).isNotNull();
            assertThat(new String(bundled.readAllBytes())).isEqualTo(Files.readString(Path.of("../config/hazelcast-member.yaml")));
        }
    }

    @Test
    void slots_areTheMachinesCores_withThreadsForTheirQueue() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(slots(load())).isEqualTo(cores);
        assertThat(load().getExecutorConfig(GridPool.DEFAULT_EXECUTOR).getPoolSize())
                .isEqualTo(4 * cores);
        assertThat(load().getExecutorConfig(GridPool.DEFAULT_EXECUTOR).isStatisticsEnabled()).isTrue();
    }

    @Test
    void slots_ofTheConfigFile_thenOfTheOption() throws IOException {
        Path file = write("executor.yaml", """
                hazelcast:
                  executor-service:
                    gridpool:
                      pool-size: 7
                """);

        assertThat(slots(load("--config", file.toString()))).isEqualTo(7);
        assertThat(slots(load("--config", file.toString(), "--slots", "3"))).isEqualTo(3);
        assertThat(load("--config", file.toString(), "--slots", "3")
                .getExecutorConfig(GridPool.DEFAULT_EXECUTOR).getPoolSize()).isEqualTo(12);
    }

    @Test
    void slots_ofTheConfigFilesProperty() throws IOException {
        Path file = write("slots.yaml", """
                hazelcast:
                  properties:
                    gridpool.slots: 5
                """);

        assertThat(slots(load("--config", file.toString()))).isEqualTo(5);
        assertThat(load("--config", file.toString()).getExecutorConfig(GridPool.DEFAULT_EXECUTOR).getPoolSize())
                .isEqualTo(20);
    }

    private static int slots(Config config) {
        return MemberSlots.of(config);
    }

    @Test
    void networkOptions_overrideTheFile() {
        Config config = load("--cluster-name", "pi", "--port", "5801", "--members", "a,b:5802",
                "--interface", "10.0.*.*");

        assertThat(config.getClusterName()).isEqualTo("pi");
        assertThat(config.getNetworkConfig().getPort()).isEqualTo(5801);
        assertThat(config.getNetworkConfig().isPortAutoIncrement()).isFalse();
        assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().getMembers()).containsExactly("a", "b:5802");
        assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("10.0.*.*");
    }

    @Test
    void serviceDns_isTheOnlyJoin_onTheMembersPort() {
        Config config = load("--cluster-name", "pi", "--service-dns", "member", "--interface", "172.30.*.*");

        JoinConfig join = config.getNetworkConfig().getJoin();
        assertThat(join.getKubernetesConfig().isEnabled()).isTrue();
        assertThat(join.getKubernetesConfig().getProperties())
                .containsExactlyInAnyOrderEntriesOf(Map.of("service-dns", "member", "service-port", "5701"));
        assertThat(join.getTcpIpConfig().isEnabled()).isFalse();
        assertThat(join.getMulticastConfig().isEnabled()).isFalse();
        assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(config.getClusterName()).isEqualTo("pi");
        assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("172.30.*.*");
        assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
        assertThat(load("--service-dns", "member", "--port", "5801").getNetworkConfig().getJoin()
                .getKubernetesConfig().getProperty("service-port")).isEqualTo("5801");
    }

    @Test
    void serviceDns_turnsOffTheJoinsOfTheConfigFile() throws IOException {
        Path file = write("aws.yaml", """
                hazelcast:
                  network:
                    join:
                      multicast:
                        enabled: false
                      aws:
                        enabled: true
                """);

        JoinConfig join = load("--config", file.toString(), "--service-dns", "member").getNetworkConfig().getJoin();

        assertThat(join.getAwsConfig().isEnabled()).isFalse();
        assertThat(join.getKubernetesConfig().isEnabled()).isTrue();
        join.verify();
    }

    @Test
    void allow_addsPackagesAndClasses_toTheFilesList() {
        ClassFilter allowed = allowed(load("--allow", "com.acme,org.example.")) ;

        assertThat(allowed.getClasses()).containsExactly("com.acme");
        assertThat(allowed.getPrefixes()).contains("io.gridpool.", "com.acme.", "com.acme$", "org.example.")
                .doesNotContain("org.example.$");
        assertThat(allowed.isListed("com.acme.app.Money")).isTrue();
        assertThat(allowed.isListed("com.acmevil.Gadget")).isFalse();
    }

    @Test
    void configFileWithoutFilter_getsGridPoolsFilter() throws IOException {
        Path file = write("plain.yaml", "hazelcast:\n  cluster-name: plain\n");

        Config config = load("--config", file.toString(), "--allow", "com.acme");

        assertThat(config.getClusterName()).isEqualTo("plain");
        assertThat(config.getSerializationConfig().getJavaSerializationFilterConfig().isDefaultsDisabled()).isTrue();
        assertThat(allowed(config).getPrefixes()).containsAll(AllowList.GRID_POOL).contains("com.acme.");
    }

    @Test
    void networkOptions_withAdvancedNetwork_areRefused() throws IOException {
        Path file = write("advanced.yaml", "hazelcast:\n  advanced-network:\n    enabled: true\n");

        assertThat(load("--config", file.toString(), "--cluster-name", "pi").getClusterName()).isEqualTo("pi");
        assertThatThrownBy(() -> load("--config", file.toString(), "--port", "5801"))
                .hasMessageContaining("enables advanced-network, so set the port, interface and join there");
        assertThatThrownBy(() -> load("--config", file.toString(), "--service-dns", "member"))
                .hasMessageContaining("not with --port, --interface, --members or --service-dns");
    }

    @Test
    void configFile_missing() {
        assertThatThrownBy(() -> load("--config", dir.resolve("nope.yaml").toString()))
                .hasMessageEndingWith("nope.yaml: there is no such file");
    }

    @Test
    void configFile_isADirectory() {
        assertThatThrownBy(() -> load("--config", dir.toString())).hasMessageEndingWith(": it is a directory");
    }

    @Test
    void configFile_ofUnknownKind() throws IOException {
        Path file = write("member.conf", "hazelcast:\n");

        assertThatThrownBy(() -> load("--config", file.toString()))
                .hasMessageEndingWith("its name must end with .yaml, .yml or .xml");
    }

    @Test
    void configFile_notValid() throws IOException {
        Path file = write("typo.yaml", "hazelcast:\n  netwrok:\n    port: 1\n");

        assertThatThrownBy(() -> load("--config", file.toString()))
                .isInstanceOfSatisfying(StartupError.class, e -> assertThat(e.exitStatus()).isEqualTo(1))
                .hasMessageContaining("typo.yaml is not a valid Hazelcast member config: ")
                .hasMessageContaining("netwrok")
                .hasMessageNotContaining("\n");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static ClassFilter allowed(Config config) {
        return config.getSerializationConfig().getJavaSerializationFilterConfig().getWhitelist();
    }
}
