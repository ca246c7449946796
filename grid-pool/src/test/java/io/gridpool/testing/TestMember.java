package io.gridpool.testing;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of a member process started by a test: {@code clusterName port ports slots}.
 * It prints {@code READY <uuid>} once it has joined, and exits when its standard input closes,
 * so a member never outlives the test JVM that started it.
 */
public final class TestMember {

    private TestMember() {
    }

    public static void main(String[] args) throws IOException {
        String cluster = args[0];
        int port = Integer.parseInt(args[1]);
        List<Integer> ports = Arrays.stream(args[2].split(",")).map(Integer::valueOf).toList();
        int slots = Integer.parseInt(args[3]);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(TestConfigs.member(cluster, port, ports, slots));
        System.out.println("READY " + member.getCluster().getLocalMember().getUuid());
        System.out.flush();
        while (System.in.read() >= 0) {
            // the parent holds our stdin open for as long as it lives
        }
        System.exit(0);
    }
}
