package io.gridpool.testing.net;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.member.GridMemberInTests;
import io.gridpool.testing.MemberProcess;
import io.gridpool.testing.TestConfigs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A grid on the hosts of a {@link NetLab}: {@code GridMember} processes in member namespaces, on
 * port 5701 of their own addresses, and drivers in the test JVM on the driver's host (a client, or
 * an embedded member). Members and drivers use the Hazelcast settings that docs/members.md
 * recommends for real networks ({@link #MEMBER_PROPERTIES}, {@link #CLIENT_PROPERTIES}).
 */
public final class NetCluster implements AutoCloseable {

    public static final int PORT = 5701;

    /**
     * The members' failure detection and split-brain merge, faster than Hazelcast's defaults
     * (heartbeats every 5 s, a member dropped after 60 s of silence, merges tried 300 s after
     * start-up and every 120 s): a member cut off is dropped after 10 s, and a healed split merges
     * within about 10 s.
     */
    public static final Map<String, String> MEMBER_PROPERTIES = Map.of(
            "hazelcast.heartbeat.interval.seconds", "1",
            "hazelcast.max.no.heartbeat.seconds", "10",
            "hazelcast.merge.first.run.delay.seconds", "10",
            "hazelcast.merge.next.run.delay.seconds", "5",
            "hazelcast.wait.seconds.before.join", "0",
            "hazelcast.phone.home.enabled", "false");

    /** The client's heartbeat: a connection silent for 10 s (default 60 s) is closed. */
    public static final Map<String, String> CLIENT_PROPERTIES = Map.of(
            "hazelcast.client.heartbeat.interval", "1000",
            "hazelcast.client.heartbeat.timeout", "10000",
            "hazelcast.phone.home.enabled", "false",
            "hazelcast.logging.type", "slf4j");

    private final NetLab lab;
    private final String name = TestConfigs.clusterName();
    private final List<NetHost> hosts;
    private final Map<NetHost, MemberProcess> members = new LinkedHashMap<>();
    private final List<HazelcastInstance> drivers = new ArrayList<>();

    private NetCluster(NetLab lab, List<NetHost> hosts) {
        this.lab = lab;
        this.hosts = List.copyOf(hosts);
    }

    /** Starts a member of {@code slots} slots on each of {@code hosts}, all at once; waits until each has joined. */
    public static NetCluster start(NetLab lab, List<NetHost> hosts, int slots) {
        NetCluster cluster = new NetCluster(lab, hosts);
        try {
            List<CompletableFuture<MemberProcess>> starts = hosts.stream()
                    .map(host -> CompletableFuture.supplyAsync(() -> cluster.startMember(host, slots))).toList();
            for (int i = 0; i < hosts.size(); i++) {
                cluster.members.put(hosts.get(i), starts.get(i).join());
            }
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private MemberProcess startMember(NetHost host, int slots) {
        List<String> jvmArgs = new ArrayList<>(List.of("-Xmx128m", "-Xss512k"));
        MEMBER_PROPERTIES.forEach((key, value) -> jvmArgs.add("-D" + key + "=" + value));
        return lab.start(host, GridMemberInTests.class.getName(), List.of("--cluster-name", name,
                "--interface", host.address(), "--port", String.valueOf(PORT),
                "--members", String.join(",", addresses()), "--slots", String.valueOf(slots)), jvmArgs);
    }

    public String name() {
        return name;
    }

    public MemberProcess member(NetHost host) {
        return members.get(host);
    }

    /** The members' {@code host:port} addresses. */
    public List<String> addresses() {
        return hosts.stream().map(host -> host.address() + ":" + PORT).toList();
    }

    /** The client config of a driver on the driver's host. */
    public ClientConfig clientConfig() {
        ClientConfig config = new ClientConfig();
        config.setClusterName(name);
        config.getNetworkConfig().setAddresses(new ArrayList<>(addresses()));
        CLIENT_PROPERTIES.forEach(config::setProperty);
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setInitialBackoffMillis(100).setMaxBackoffMillis(1000).setClusterConnectTimeoutMillis(60_000);
        return config;
    }

    /** A client driver that has seen every member. */
    public HazelcastInstance client() {
        return track(HazelcastClient.newHazelcastClient(clientConfig()), hosts.size());
    }

    /** A member in the test JVM, on the driver's host, with {@code slots} slots: an embedded driver. */
    public HazelcastInstance embeddedDriver(int slots) {
        Config config = new Config();
        config.setClusterName(name);
        config.setInstanceName(name + "-driver");
        config.getJetConfig().setEnabled(false);
        config.getExecutorConfig(GridPool.DEFAULT_EXECUTOR).setPoolSize(slots);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(PORT).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(lab.driver().address());
        network.getJoin().getMulticastConfig().setEnabled(false);
        network.getJoin().getAutoDetectionConfig().setEnabled(false);
        List<String> all = new ArrayList<>(addresses());
        all.add(lab.driver().address() + ":" + PORT);
        network.getJoin().getTcpIpConfig().setEnabled(true).setMembers(all);
        MEMBER_PROPERTIES.forEach(config::setProperty);
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        return track(Hazelcast.newHazelcastInstance(config), hosts.size() + 1);
    }

    private HazelcastInstance track(HazelcastInstance driver, int members) {
        drivers.add(driver);
        await().atMost(60, TimeUnit.SECONDS).until(() -> driver.getCluster().getMembers().size() == members);
        return driver;
    }

    @Override
    public void close() {
        drivers.forEach(driver -> driver.getLifecycleService().terminate());
        drivers.clear();
        members.values().forEach(MemberProcess::close);
        members.clear();
    }
}
