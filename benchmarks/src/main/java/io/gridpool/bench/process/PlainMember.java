package io.gridpool.bench.process;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A plain Hazelcast member, as an application that adds grid-pool to its own members has one: its
 * config sets the cluster and the network and nothing else, so the executor that runs the chunks
 * is Hazelcast's default, of 16 threads whatever the machine. Takes {@link BenchMember}'s
 * {@code --cluster-name}, {@code --port}, {@code --members} and {@code --interface}, ignores the
 * rest, and prints the same {@code READY <uuid>} line.
 */
final class PlainMember {

    private PlainMember() {
    }

    static void run(String[] args) throws InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Config config = new Config().setClusterName(options.get("--cluster-name"));
        config.getNetworkConfig().setPort(Integer.parseInt(options.get("--port"))).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface(options.get("--interface"));
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(Arrays.asList(options.get("--members").split(",")));
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        System.out.println("READY " + member.getCluster().getLocalMember().getUuid());
        System.out.flush();
        CountDownLatch down = new CountDownLatch(1);
        member.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == com.hazelcast.core.LifecycleEvent.LifecycleState.SHUTDOWN) {
                down.countDown();
            }
        });
        down.await();
    }
}
