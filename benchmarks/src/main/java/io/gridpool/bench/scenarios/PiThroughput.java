package io.gridpool.bench.scenarios;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.bench.Contender;
import io.gridpool.bench.Machines;
import io.gridpool.bench.Context;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Target;
import io.gridpool.bench.jmh.Jmh;
import io.gridpool.bench.jmh.LocalPoolPiBench;
import io.gridpool.bench.jmh.SerialPiBench;
import io.gridpool.bench.process.LocalGrid;
import io.gridpool.bench.work.PiTasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Scenario 1, the story's Monte-Carlo π: samples per second of Java serial, LocalPool, GridPool,
 * Python serial and Python's multiprocessing.Pool, on 4·10^9 samples in tasks of 100,000.
 */
public final class PiThroughput implements Scenario {

    static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final long SERIAL_OP_TASKS = 1_000;

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String title() {
        return "π throughput (samples/s)";
    }

    @Override
    public ScenarioResult run(Context context) {
        long start = System.nanoTime();
        long tasks = context.scaled(40_000L, 40L);
        long samples = tasks * PiTasks.SAMPLES_PER_TASK;
        long pySerial = context.scaled(10_000_000L, 1_000_000L);
        long pyPool = context.scaled(40_000_000L, 4_000_000L) / PiTasks.SAMPLES_PER_TASK * PiTasks.SAMPLES_PER_TASK;
        List<String> notes = new ArrayList<>();
        try (LocalGrid grid = LocalGrid.start("pi", 2, 2, CORES, null);
             PythonContenders.PersistentPool pythonPool = PythonContenders.persistent(context, "pi", pyPool)) {
            HazelcastInstance client = grid.client();
            try (GridPool pool = GridPool.on(client)) {
                List<Long> inputs = LongStream.range(0, tasks).boxed().toList();
                List<Long> warmUp = inputs.subList(0, (int) Math.max(1, tasks / 10));
                double[] pi = new double[1];
                List<Contender> contenders = new ArrayList<>();
                contenders.add(Contender.rate("Java serial, 1 thread (JMH)", "samples/s",
                        () -> serial(tasks), "JMH single shot of " + sci(samples) + " samples after a warm-up "
                                + "of an eighth of that, in a fork").warmedBy(null));
                contenders.add(Contender.rate("LocalPool, " + CORES + " threads (JMH)", "samples/s",
                        () -> samples / Jmh.singleShot(LocalPoolPiBench.class, 1, 1,
                                Map.of("tasks", String.valueOf(tasks))),
                        "JMH single shot: one map of " + tasks + " tasks after a warm-up map of a tenth, in a fork")
                        .warmedBy(null));
                contenders.add(Contender.rate("GridPool, 2 members × " + CORES + " slots, client driver", "samples/s",
                        () -> {
                            long t0 = System.nanoTime();
                            long inside = sum(pool.map(PiTasks::inside, inputs));
                            double seconds = (System.nanoTime() - t0) / 1e9;
                            pi[0] = 4.0 * inside / samples;
                            return samples / seconds;
                        }, "one map of " + tasks + " tasks, automatic chunk size; timed by the driver")
                        .warmedBy(() -> pool.map(PiTasks::inside, warmUp)).runsOn(grid::processes));
                PythonContenders.addSerialPi(context, contenders, pySerial);
                contenders.add(pythonPool.contender("Python multiprocessing.Pool (step 2)", "samples/s",
                        "the story's sample() over " + sci(pyPool) + " samples in tasks of 100,000"));
                contenders.add(Contender.rate("reference: Java serial on " + CORES + " plain threads (JMH)",
                        "samples/s", () -> serial(tasks, CORES), "not a contender: the serial loop on " + CORES
                                + " threads at once, no pool, " + sci(samples) + " samples in all; what " + CORES
                                + " threads of this sampler get from this machine now").warmedBy(null));
                List<Measure> measures = Rounds.interleave(contenders, context.rounds(), context::log);
                notes.add(String.format(Locale.ROOT, "GridPool's π over %s samples: %.6f (error %.1e)", sci(samples),
                        pi[0], Math.abs(pi[0] - Math.PI)));
                notes.add("Python runs fewer samples (serial " + sci(pySerial) + ", Pool " + sci(pyPool)
                        + " in tasks of 100,000), since it samples about a hundred times slower; its rows compare "
                        + "rates (samples/s), not times.");
                notes.add("The sampler is pi-demo-app's PiSampler (a SplittableRandom per task, its stream derived from a seed and the task's index, x*x + y*y <= 1); "
                        + "Python runs the story's own sample() (random.uniform, math.hypot).");
                return result(measures, notes, start);
            }
        }
    }

    private static double serial(long tasks) {
        return serial(tasks, 1);
    }

    /** The serial loop on {@code threads} threads, each sampling its share of {@code tasks}. */
    private static double serial(long tasks, int threads) {
        long perOp = Math.min(SERIAL_OP_TASKS, Math.max(1, tasks / threads));
        int batch = (int) Math.max(1, tasks / threads / perOp);
        double seconds = Jmh.singleShot(SerialPiBench.class, Math.max(1, batch / 8), batch,
                Map.of("tasks", String.valueOf(perOp)), threads);
        return threads * batch * perOp * PiTasks.SAMPLES_PER_TASK / seconds;
    }

    private ScenarioResult result(List<Measure> measures, List<String> notes, long start) {
        Measure serial = measures.get(0);
        Measure local = measures.get(1);
        Measure grid = measures.get(2);
        String load = Machines.loadAverage();
        double pythonSpeedUp = measures.get(4).median() / measures.get(3).median();
        double threadsSpeedUp = measures.get(5).median() / serial.median();
        List<Target> targets = List.of(
                Target.atLeast("GridPool ≥ 0.9 × LocalPool (π samples/s)", grid.median() / local.median(), 0.9,
                        "both are CPU-bound on the same " + CORES + " processors; GridPool runs 4 worker threads "
                                + "(2 members × 2 slots) to LocalPool's 2, which on a machine shared with other "
                                + "work (load average " + load + " at the end) can earn it a larger share of the processors"),
                Target.atLeast("LocalPool ≥ 1.8 × Java serial on " + CORES + " cores", local.median() / serial.median(),
                        1.8, String.format(Locale.ROOT, "what %d threads get from this machine: in the same rounds "
                                + "the serial loop on %d plain threads (no pool) reached %.2f× one thread, Python's "
                                + "Pool %.2f× Python serial; load average %s at the end", CORES, CORES,
                                threadsSpeedUp, pythonSpeedUp, load)));
        if (measures.get(3).ran()) {
            notes.add(String.format(Locale.ROOT, "Java serial samples %.0f× as fast as Python serial; GridPool %.0f× "
                    + "as fast as Python's Pool.", serial.median() / measures.get(3).median(),
                    grid.median() / measures.get(4).median()));
        }
        return new ScenarioResult(number(), title(), "4·10^9 samples in tasks of 100,000 (the story's batch); "
                + "GridPool on 2 member processes of " + CORES + " slots each and a client driver, all on this "
                + CORES + "-processor machine", measures, targets, notes, (System.nanoTime() - start) / 1e9, null);
    }

    static long sum(List<Long> values) {
        long total = 0;
        for (Long v : values) {
            total += v;
        }
        return total;
    }

    static String sci(long n) {
        int exp = (int) Math.floor(Math.log10(n));
        long mantissa = Math.round(n / Math.pow(10, exp));
        return (mantissa == 1 ? "" : mantissa + "·") + "10^" + exp;
    }
}
