package io.gridpool.bench.scenarios;

import io.gridpool.bench.Context;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Target;
import io.gridpool.bench.process.ImapDriver;
import io.gridpool.bench.process.JavaProcess;
import io.gridpool.bench.process.LocalGrid;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scenario 5, bounded memory: {@code imap} over 10^8 integers from a lazy source, by a driver in
 * a JVM of its own whose heap is capped at 64 MB; it must complete, and its peak RSS is reported.
 */
public final class BoundedMemory implements Scenario {

    private static final int HEAP_MB = 64;
    private static final long TIMEOUT_SECONDS = 600;

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "Bounded memory: imap over 10^8 integers, driver heap " + HEAP_MB + " MB";
    }

    @Override
    public ScenarioResult run(Context context) {
        long start = System.nanoTime();
        int count = context.scaled(100_000_000, 1_000_000);
        try (LocalGrid grid = LocalGrid.start("imap", 2, 2, PiThroughput.CORES, null)) {
            AtomicReference<String> result = new AtomicReference<>();
            JavaProcess driver = JavaProcess.start("imap-driver", List.of("-Xmx" + HEAP_MB + "m"),
                    ImapDriver.class.getName(), List.of(grid.clusterName(), grid.addresses(), String.valueOf(count)),
                    line -> {
                        if (line.startsWith("RESULT ")) {
                            result.set(line.substring(7));
                        }
                    });
            try (driver) {
                int status = driver.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                String json = result.get();
                if (status != 0 || json == null) {
                    String tail = driver.output();
                    tail = tail.substring(Math.max(0, tail.length() - 3_000));
                    String why = status < 0 ? "did not finish within " + TIMEOUT_SECONDS + " s"
                            : "exited with status " + status;
                    return failed(start, count, "the driver " + why + ": " + tail);
                }
                return completed(start, count, JsonMapper.builder().build().readTree(json));
            }
        }
    }

    private ScenarioResult completed(long start, int count, JsonNode r) {
        double seconds = r.get("seconds").asDouble();
        double rssMb = r.get("peakRssBytes").asLong() / 1048576.0;
        double heapMb = r.get("heapAfterGcBytes").asLong() / 1048576.0;
        double maxHeapMb = r.get("maxHeapBytes").asLong() / 1048576.0;
        List<Measure> measures = List.of(
                Measure.of("GridPool.imap, lazy source", "elements/s", true, List.of(count / seconds),
                        String.format(Locale.ROOT, "%d results in %.1f s, their sum checked", count, seconds)),
                Measure.of("driver peak RSS (VmHWM)", "MB", false, List.of(rssMb),
                        "the whole driver process: heap, metaspace, code, threads, Hazelcast client buffers"),
                Measure.of("driver heap in use after the call and a full GC", "MB", false, List.of(heapMb),
                        String.format(Locale.ROOT, "-Xmx%dm (the JVM reports a maximum of %.0f MB)", HEAP_MB,
                                maxHeapMb)));
        List<Target> targets = List.of(new Target("imap over 10^8 integers completes with a " + HEAP_MB
                + " MB driver heap; peak RSS in MB", rssMb, Double.NaN, false, "met",
                String.format(Locale.ROOT, "completed in %.0f s; peak RSS %.0f MB", seconds, rssMb)));
        return new ScenarioResult(number(), title(), setup(count), measures, targets,
                List.of("One run (the target is completion, not speed); the automatic chunk size of an input of "
                        + "unknown length grows until a chunk takes about 20 ms."),
                (System.nanoTime() - start) / 1e9, null);
    }

    private ScenarioResult failed(long start, int count, String why) {
        List<Target> targets = List.of(new Target("imap over 10^8 integers completes with a " + HEAP_MB
                + " MB driver heap", Double.NaN, Double.NaN, false, "not met", why.lines().findFirst().orElse(why)));
        return new ScenarioResult(number(), title(), setup(count), new ArrayList<>(), targets, List.of(),
                (System.nanoTime() - start) / 1e9, why);
    }

    private static String setup(int count) {
        return "imap(x -> x + 1) over " + count + " integers made one at a time, by a client driver in its own JVM "
                + "with -Xmx" + HEAP_MB + "m, on 2 member processes";
    }
}
