package io.gridpool.testing;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** Hazelcast members in the test's own JVM, on loopback ports of their own. */
public final class EmbeddedCluster implements AutoCloseable {

    private static final Set<EmbeddedCluster> OPEN = ConcurrentHashMap.newKeySet();

    private final String name = TestConfigs.clusterName();
    private final List<Integer> ports;
    private final int slots;
    private final List<HazelcastInstance> members = new ArrayList<>();
    private final List<HazelcastInstance> clients = new ArrayList<>();

    private EmbeddedCluster(int size, int slots) {
        this.ports = Ports.free(size + 2);
        this.slots = slots;
        OPEN.add(this);
    }

    /** The clusters started and not closed. */
    public static List<String> stillOpen() {
        return OPEN.stream().map(c -> "embedded cluster " + c.name + " (" + c.members.size() + " members)").toList();
    }

    /** Closes every cluster still open: what a test class left behind. */
    public static void closeAll() {
        OPEN.forEach(EmbeddedCluster::close);
    }

    /** Starts {@code size} members of {@code slots} executor threads each, and waits until they form one cluster. */
    public static EmbeddedCluster start(int size, int slots) {
        EmbeddedCluster cluster = new EmbeddedCluster(size, slots);
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

    /** Starts one more member and waits until every member sees it. */
    public HazelcastInstance addMember() {
        int port = ports.get(members.size());
        HazelcastInstance member = Hazelcast.newHazelcastInstance(TestConfigs.member(name, port, ports, slots));
        members.add(member);
        int expected = members.size();
        await().atMost(60, TimeUnit.SECONDS).until(() -> members.stream()
                .allMatch(m -> m.getCluster().getMembers().size() == expected));
        return member;
    }

    public HazelcastInstance member(int index) {
        return members.get(index);
    }

    public List<HazelcastInstance> members() {
        return List.copyOf(members);
    }

    public String name() {
        return name;
    }

    /** A client of this cluster; closed with the cluster. */
    public HazelcastInstance client() {
        HazelcastInstance client = HazelcastClient.newHazelcastClient(TestConfigs.client(name, ports));
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        clients.forEach(HazelcastInstance::shutdown);
        members.forEach(m -> m.getLifecycleService().terminate());
        clients.clear();
        members.clear();
        OPEN.remove(this);
    }
}
