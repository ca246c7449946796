package io.gridpool.bench.process;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.bench.work.PiTasks;
import io.gridpool.demo.DemoPath;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.LongStream;

/**
 * The embedded-member scenario's JVM: one JVM that holds the demo's embedded member with a
 * {@code GridPool} on it, and a {@code LocalPool}, as {@code pi-demo --mode=grid} and
 * {@code --mode=local} would, so both pools run π in the same JVM. {@code EmbeddedPiDriver samples}
 * prints {@code READY {}}, then answers each line {@code grid-demo}, {@code local-demo} (the demo's
 * own code path), {@code grid-map} or {@code local-map} (a plain {@code pool.map} of the same
 * tasks) with {@code RESULT {"seconds": .., "items": ..}}; it ends at the end of its input.
 */
public final class EmbeddedPiDriver {

    private EmbeddedPiDriver() {
    }

    public static void main(String[] args) throws Exception {
        long samples = Long.parseLong(args[0]);
        List<Long> tasks = LongStream.range(0, samples / PiTasks.SAMPLES_PER_TASK).boxed().toList();
        HazelcastInstance member = Hazelcast.newHazelcastInstance(
                DemoPath.embeddedMember("bench-embedded-" + UUID.randomUUID().toString().substring(0, 8)));
        try (GridPool grid = GridPool.on(member); LocalPool local = new LocalPool()) {
            System.out.println("READY {\"gridSlots\": " + grid.parallelism() + ", \"localSlots\": "
                    + local.parallelism() + "}");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                long t0 = System.nanoTime();
                long inside = switch (line.strip()) {
                    case "grid-demo" -> DemoPath.estimate(grid, member, samples, PiTasks.SEED);
                    case "local-demo" -> DemoPath.estimate(local, null, samples, PiTasks.SEED);
                    case "grid-map" -> sum(grid, tasks);
                    case "local-map" -> sum(local, tasks);
                    default -> -1;
                };
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.println(inside < 0 ? "ERROR unknown command " + line : String.format(Locale.ROOT,
                        "RESULT {\"seconds\": %.6f, \"items\": %d, \"inside\": %d}", seconds, samples, inside));
                System.out.flush();
            }
        } finally {
            member.getLifecycleService().terminate();
        }
        System.exit(0);
    }

    private static long sum(Pool pool, List<Long> tasks) {
        long inside = 0;
        for (Long n : pool.map(PiTasks::inside, tasks)) {
            inside += n;
        }
        return inside;
    }
}
