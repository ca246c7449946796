package io.gridpool.bench.process;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.bench.Machines;
import io.gridpool.bench.work.Work;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Scenario 5's driver, in a JVM of its own (the harness starts it with a small heap):
 * {@code ImapDriver clusterName addresses count} runs {@code imap(x -> x + 1)} over the integers
 * 0 .. count-1 from a lazy source, checks their sum, and prints one line
 * {@code RESULT {"seconds": .., "items": .., "peakRssBytes": .., "heapAfterGcBytes": .., "maxHeapBytes": ..}}.
 */
public final class ImapDriver {

    private ImapDriver() {
    }

    public static void main(String[] args) {
        OrphanGuard.watchStandardInput();
        String cluster = args[0];
        String addresses = args[1];
        int count = Integer.parseInt(args[2]);
        ClientConfig config = new ClientConfig();
        config.setClusterName(cluster);
        config.getNetworkConfig().setAddresses(Arrays.asList(addresses.split(",")));
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
        try (GridPool pool = GridPool.on(client)) {
            long t0 = System.nanoTime();
            long sum = 0;
            long items = 0;
            Iterator<Integer> results = pool.imap(Work::addOne, () -> lazy(count));
            while (results.hasNext()) {
                sum += results.next();
                items++;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long expected = (long) count * (count + 1) / 2;
            if (items != count || sum != expected) {
                throw new IllegalStateException(items + " results adding up to " + sum + ", expected " + count
                        + " adding up to " + expected);
            }
            System.out.println(String.format(Locale.ROOT, "RESULT {\"seconds\": %.3f, \"items\": %d, "
                    + "\"peakRssBytes\": %d, \"heapAfterGcBytes\": %d, \"maxHeapBytes\": %d}", seconds, items,
                    Machines.peakRss("self"), heapAfterGc(), Runtime.getRuntime().maxMemory()));
            System.out.flush();
        } finally {
            client.getLifecycleService().terminate();
        }
        System.exit(0);
    }

    /** The integers 0 .. count-1, made one at a time: an input of unknown length, never held. */
    private static Iterator<Integer> lazy(int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Integer next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return next++;
            }
        };
    }

    /** The heap still in use once the call is over and a full GC ran: what the call left behind. */
    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
