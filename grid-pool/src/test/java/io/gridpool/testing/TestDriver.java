package io.gridpool.testing;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.contract.Marks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The main class of a driver process started by a test, {@code clusterName memberPorts marksDir}:
 * a client of the cluster that maps a slow function over many elements, in chunks of five,
 * leaving a mark in {@code marksDir/started} when an element starts and in {@code marksDir/ended}
 * when it ends. It prints {@code READY <client uuid>} before the map, which it never finishes by
 * itself: the test kills it.
 */
public final class TestDriver {

    /** How long each element works, unless interrupted. */
    public static final long ELEMENT_MILLIS = 1_000;

    private TestDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> ports = Arrays.stream(args[1].split(",")).map(Integer::valueOf).toList();
        Marks started = new Marks(Files.createDirectories(Path.of(args[2], "started")).toString());
        Marks ended = new Marks(Files.createDirectories(Path.of(args[2], "ended")).toString());
        HazelcastInstance client = HazelcastClient.newHazelcastClient(TestConfigs.client(args[0], ports));
        UUID uuid = client.getLocalEndpoint().getUuid();
        Pool pool = GridPool.on(client);
        System.out.println("READY " + uuid);
        System.out.flush();
        pool.map(x -> {
            started.add();
            try {
                Thread.sleep(ELEMENT_MILLIS);
            } finally {
                ended.add();
            }
            return x;
        }, IntStream.range(0, 10_000).boxed().toList(), 5);
    }
}
