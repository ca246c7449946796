package io.gridpool.testing;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.gridpool.member.MemberSlots;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hazelcast configurations for test clusters: loopback only, TCP-IP join with an explicit member
 * list, a cluster name of the test's own, no waiting before join, and short failure detection.
 */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static String clusterName() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Config member(String clusterName, int port, List<Integer> memberPorts, int slots) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setInstanceName(clusterName + "-" + port);
        config.getJetConfig().setEnabled(false);
        MemberSlots.configure(config, slots);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(addresses(memberPorts));
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "6");
        config.setProperty("hazelcast.graceful.shutdown.max.wait", "20");
        config.setProperty("hazelcast.shutdownhook.policy", "GRACEFUL");
        config.setProperty("hazelcast.socket.bind.any", "false");
        return config;
    }

    public static ClientConfig client(String clusterName, List<Integer> memberPorts) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(clusterName);
        config.getNetworkConfig().setAddresses(addresses(memberPorts));
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.client.heartbeat.interval", "1000");
        config.setProperty("hazelcast.client.heartbeat.timeout", "6000");
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setInitialBackoffMillis(100).setMaxBackoffMillis(1000).setClusterConnectTimeoutMillis(30_000);
        return config;
    }

    static List<String> addresses(List<Integer> ports) {
        return ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.toList());
    }
}
