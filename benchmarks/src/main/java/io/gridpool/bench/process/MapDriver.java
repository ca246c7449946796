package io.gridpool.bench.process;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.bench.Machines;
import io.gridpool.bench.work.PiTasks;
import io.gridpool.bench.work.Point;
import io.gridpool.bench.work.SerialPoint;
import io.gridpool.bench.work.Work;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The steady-figures scenario's driver, in a JVM of its own, so that what it ran before is all it
 * ran: {@code MapDriver clusterName addresses count history} connects a client to the grid and,
 * when {@code history} is {@code used}, first runs what an application's JVMs would have run
 * before (π, then the maps over plain and {@code Serializable} records, twice each, on the same
 * members); it then prints {@code READY {...}} and answers each line {@code map} with one timed
 * {@code pool.map(x -> x + 1)} over {@code count} Integers:
 * {@code RESULT {"seconds": .., "items": .., "cpuSeconds": .., "gcSeconds": ..}}, the processor
 * time being this JVM's, every thread's, during the call. It ends at the end of its input.
 */
public final class MapDriver {

    /** The π tasks of the history: 4·10^8 samples, about a second of both members' processors. */
    private static final int PI_TASKS = 4_000;

    private MapDriver() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[2]);
        boolean used = args[3].equals("used");
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config(args[0], args[1]));
        try (GridPool pool = GridPool.on(client)) {
            List<Integer> inputs = IntStream.range(0, count).boxed().toList();
            double historySeconds = used ? history(pool, count) : 0;
            System.out.println(String.format(Locale.ROOT, "READY {\"historySeconds\": %.3f}", historySeconds));
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.strip().equals("map")) {
                    System.out.println("ERROR unknown command " + line);
                    continue;
                }
                double cpu0 = cpuSeconds();
                double gc0 = Machines.gcSeconds();
                long t0 = System.nanoTime();
                List<Integer> results = pool.map(Work::addOne, inputs);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpu = cpuSeconds() - cpu0;
                double gc = Machines.gcSeconds() - gc0;
                check(results, count);
                System.out.println(String.format(Locale.ROOT, "RESULT {\"seconds\": %.6f, \"items\": %d, "
                        + "\"cpuSeconds\": %.6f, \"gcSeconds\": %.6f}", seconds, count, cpu, gc));
                System.out.flush();
            }
        } finally {
            client.getLifecycleService().terminate();
        }
        System.exit(0);
    }

    /** π, then both record maps, twice: the JIT's profile of the engine's code then holds their types too. */
    private static double history(GridPool pool, int count) {
        long t0 = System.nanoTime();
        List<Long> piTasks = LongStream.range(0, PI_TASKS).boxed().toList();
        List<Point> points = IntStream.range(0, count).mapToObj(i -> new Point(i, i * 0.5)).toList();
        List<SerialPoint> serialPoints = IntStream.range(0, count).mapToObj(i -> new SerialPoint(i, i * 0.5)).toList();
        for (int round = 0; round < 2; round++) {
            pool.map(PiTasks::inside, piTasks);
            pool.map(Point::swap, points);
            pool.map(SerialPoint::swap, serialPoints);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static ClientConfig config(String cluster, String addresses) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(cluster);
        config.getNetworkConfig().setAddresses(Arrays.asList(addresses.split(",")));
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.client.heartbeat.timeout", "600000");
        return config;
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void check(List<Integer> results, int count) {
        long sum = 0;
        for (Integer r : results) {
            sum += r;
        }
        if (results.size() != count || sum != (long) count * (count + 1) / 2) {
            throw new IllegalStateException(results.size() + " results adding up to " + sum);
        }
    }
}
