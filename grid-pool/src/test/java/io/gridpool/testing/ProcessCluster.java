package io.gridpool.testing;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Members in JVMs of their own, on loopback ports picked for this test, and clients of them in
 * the test's JVM. Closing it kills every process it started and shuts down its clients.
 */
public final class ProcessCluster implements AutoCloseable {

    private final String name = TestConfigs.clusterName();
    private final List<Integer> ports;
    private final int slots;
    private final List<MemberProcess> members = new ArrayList<>();
    private final List<HazelcastInstance> clients = new ArrayList<>();
    private int started;

    private ProcessCluster(int capacity, int slots) {
        this.ports = Ports.free(capacity);
        this.slots = slots;
    }

    /**
     * Starts {@code size} member processes of {@code slots} executor threads each; up to
     * {@code capacity} members may be started over the cluster's life.
     */
    public static ProcessCluster start(int size, int capacity, int slots) {
        ProcessCluster cluster = new ProcessCluster(capacity, slots);
        try {
            for (int i = 0; i < size; i++) {
                cluster.addMember();
            }
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Starts one more member process; the client sees it soon after. */
    public MemberProcess addMember() {
        if (started == ports.size()) {
            throw new IllegalStateException("this cluster was sized for " + ports.size() + " members");
        }
        MemberProcess member = MemberProcess.start(name, ports.get(started++), ports, slots);
        members.add(member);
        return member;
    }

    public MemberProcess member(int index) {
        return members.get(index);
    }

    public List<MemberProcess> members() {
        return List.copyOf(members);
    }

    public String name() {
        return name;
    }

    public List<Integer> ports() {
        return ports;
    }

    /** A client of this cluster that has seen {@code expectedMembers} members. */
    public HazelcastInstance client(int expectedMembers) {
        return client(TestConfigs.client(name, ports), expectedMembers);
    }

    /** A client with the given configuration, once it has seen {@code expectedMembers} members. */
    public HazelcastInstance client(ClientConfig config, int expectedMembers) {
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
        clients.add(client);
        await().atMost(60, TimeUnit.SECONDS).until(() -> client.getCluster().getMembers().size() == expectedMembers);
        return client;
    }

    @Override
    public void close() {
        clients.forEach(c -> c.getLifecycleService().terminate());
        clients.clear();
        members.forEach(MemberProcess::close);
        members.clear();
    }
}
