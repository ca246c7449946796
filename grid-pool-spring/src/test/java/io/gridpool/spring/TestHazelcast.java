package io.gridpool.spring;

import com.hazelcast.cluster.Address;
import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.testing.Ports;
import io.gridpool.testing.TestConfigs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Hazelcast for the applications under test: each member alone in a cluster of its own on a free
 * loopback port (never Hazelcast's default config, which would join other test clusters on this
 * machine), or a client config file for a test cluster.
 */
final class TestHazelcast {

    /** The executor threads of a test member: the slots of a grid pool on it. */
    static final int SLOTS = 2;

    private TestHazelcast() {
    }

    static Config member() {
        int port = Ports.free();
        return TestConfigs.member(TestConfigs.clusterName(), port, List.of(port), SLOTS);
    }

    /** Writes the config of a member alone in its cluster into {@code dir}; returns its {@code file:} URL. */
    static String memberConfig(Path dir) throws IOException {
        int port = Ports.free();
        Path file = dir.resolve("hazelcast.yaml");
        Files.writeString(file, """
                hazelcast:
                  cluster-name: %s
                  network:
                    port:
                      port: %d
                      auto-increment: false
                    interfaces:
                      enabled: true
                      interfaces: [127.0.0.1]
                    join:
                      auto-detection:
                        enabled: false
                      multicast:
                        enabled: false
                      tcp-ip:
                        enabled: true
                        member-list: [127.0.0.1:%d]
                  jet:
                    enabled: false
                  executor-service:
                    gridpool:
                      pool-size: %d
                  properties:
                    hazelcast.wait.seconds.before.join: 0
                    hazelcast.phone.home.enabled: false
                    hazelcast.socket.bind.any: false
                """.formatted(TestConfigs.clusterName(), port, port, SLOTS));
        return file.toUri().toString();
    }

    /** Writes a client config for the cluster of {@code member} into {@code dir}; returns its {@code file:} URL. */
    static String clientConfig(Path dir, HazelcastInstance member) throws IOException {
        Address address = member.getCluster().getLocalMember().getAddress();
        Path file = dir.resolve("hazelcast-client.yaml");
        Files.writeString(file, """
                hazelcast-client:
                  cluster-name: %s
                  network:
                    cluster-members:
                      - 127.0.0.1:%d
                  connection-strategy:
                    connection-retry:
                      cluster-connect-timeout-millis: 10000
                  properties:
                    hazelcast.logging.type: slf4j
                    hazelcast.phone.home.enabled: false
                """.formatted(member.getConfig().getClusterName(), address.getPort()));
        return file.toUri().toString();
    }

    /** An application whose HazelcastInstance is a member of its own. */
    @Configuration(proxyBeanMethods = false)
    static class MemberApplication {

        @Bean
        Config hazelcastConfig() {
            return member();
        }
    }
}
