package io.gridpool.bench.scenarios;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Target;
import io.gridpool.bench.process.LocalGrid;
import io.gridpool.bench.work.Work;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scenario 15, the cost of a task: tasks that do nothing, one per chunk, from one client driver to
 * 2 members, pipelined through {@code imapUnordered} and one at a time through {@code apply}, in
 * tasks per second, measured as Ray's microbenchmark measures {@code single_client_tasks_async} and
 * {@code single_client_tasks_sync}, beside Ray's and Dask's published figures; and the processor
 * time each task costs the driver and the members.
 */
public final class TaskOverhead implements Scenario {

    /** Ray's batch: {@code ray.get([small_value.remote() for _ in range(1000)])}. */
    static final int BATCH = 1_000;
    /** Ray's trial: batches for at least 2 s, the rate counted over the batches run. */
    private static final double TRIAL_SECONDS = 2;
    /**
     * Ray warms up for 1 s; a JVM's JIT compiles the client's and the engine's paths over several
     * seconds more (its compiler threads took more processor time than the tasks after 1 s here),
     * so both contenders warm up for 2.5 trials.
     */
    private static final double WARM_UP_TRIALS = 2.5;

    @Override
    public int number() {
        return 15;
    }

    @Override
    public String title() {
        return "Cost of a task: no-op tasks, one per chunk (tasks/s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        double trial = Math.max(0.5, TRIAL_SECONDS * context.scale());
        try (LocalGrid grid = LocalGrid.start("tasks", 2, 2, PiThroughput.CORES, null)) {
            HazelcastInstance client = grid.client();
            try (GridPool pool = GridPool.on(client)) {
                List<Integer> batch = IntStream.range(0, BATCH).boxed().toList();
                CpuAccount pipelinedCpu = new CpuAccount(grid, context.rounds());
                CpuAccount syncCpu = new CpuAccount(grid, context.rounds());
                List<Contender> contenders = List.of(
                        trial("GridPool.imapUnordered, chunkSize 1, pipelined", pipelinedCpu, trial,
                                () -> pipelined(pool, batch), "imapUnordered(x -> x, 1,000 integers, 1) drained, "
                                        + "again and again for " + trial + " s: Ray's single_client_tasks_async"),
                        trial("GridPool.apply, one task at a time", syncCpu, trial, () -> sync(pool, batch),
                                "apply(x -> x, i), 1,000 calls one after the other, again and again for " + trial
                                        + " s: Ray's single_client_tasks_sync"));
                List<Measure> measures = new ArrayList<>(Rounds.interleave(contenders, context.rounds(),
                        context::log));
                measures.addAll(costs("pipelined", measures.get(0), pipelinedCpu));
                measures.addAll(costs("apply", measures.get(1), syncCpu));
                measures.addAll(published());
                return result(measures, pipelinedCpu, start);
            }
        }
    }

    private ScenarioResult result(List<Measure> measures, CpuAccount pipelinedCpu, long start) {
        double driverPerChunk = pipelinedCpu.driverPerElement() * 1e6;
        List<Target> targets = List.of(
                Target.atLeast("no-op tasks, chunkSize 1, pipelined, one client, 2 members ≥ 10,000 tasks/s",
                        measures.get(0).median(), 10_000, "the round trip of a chunk on loopback: the driver's "
                                + "and both members' processor time per chunk are in the rows below, and all "
                                + "three share this machine's 2 processors"),
                Target.atMost("driver processor time per chunk ≤ 50 µs", driverPerChunk, 50,
                        "the Hazelcast client's own work per invocation (the request written, the response read "
                                + "and matched to its future), which grid-pool's share adds to"));
        List<String> notes = List.of(
                "Ray's microbenchmark (python/ray/_private/ray_perf.py) times a function that returns b\"ok\": "
                        + "single_client_tasks_async submits 1,000 tasks and gets them all, "
                        + "single_client_tasks_sync submits one and gets it; each is repeated for 2 s per trial "
                        + "after 1 s of warm-up, and the rate of 4 trials is averaged. Here one round is one such "
                        + "trial, and the figure is the median of the rounds, as for every contender of this harness; "
                        + "the warm-up is 2.5 trials, as the JVMs' JIT takes longer than Ray's 1 s.",
                "Dask gives its overhead per task as the time to compute a graph of trivial tasks divided by "
                        + "their number (the threaded scheduler's timeit in docs.dask.org/shared.html): the rows "
                        + "'µs per task' are that, 10^6 ÷ the rate.",
                "The published figures were measured on other machines (Ray's on one m5.16xlarge, 64 vCPUs); "
                        + "this run's driver and both members share 2 processors.");
        return new ScenarioResult(number(), title(), "tasks that return their argument, one per chunk, from one "
                + "client driver to 2 member processes of " + PiThroughput.CORES + " slots", measures, targets,
                notes, (System.nanoTime() - start) / 1e9, null);
    }

    /** Ray's trial: batches until {@code seconds} have passed; the rate is the tasks over the time they took. */
    private static Contender trial(String name, CpuAccount account, double seconds, FineGrainedMap.Run batch,
                                   String note) {
        return Contender.rate(name, "tasks/s", () -> account.rate(seconds, BATCH, batch), note)
                .warmedBy(() -> account.rate(WARM_UP_TRIALS * seconds, BATCH, batch));
    }

    private static Object pipelined(GridPool pool, List<Integer> batch) {
        long sum = 0;
        int count = 0;
        for (Iterator<Integer> it = pool.imapUnordered(Work::noop, batch, 1); it.hasNext(); count++) {
            sum += it.next();
        }
        return check(count, sum);
    }

    private static Object sync(GridPool pool, List<Integer> batch) {
        long sum = 0;
        for (Integer x : batch) {
            sum += pool.apply(Work::noop, x);
        }
        return check(batch.size(), sum);
    }

    private static Object check(int count, long sum) {
        if (count != BATCH || sum != (long) BATCH * (BATCH - 1) / 2) {
            throw new IllegalStateException(count + " results adding up to " + sum);
        }
        return sum;
    }

    /** The processor time per task of the driver and of both members, and Dask's overhead per task. */
    private static List<Measure> costs(String how, Measure rate, CpuAccount account) {
        return List.of(
                Measure.of("driver processor time per chunk, " + how, "µs", false,
                        List.of(account.driverPerElement() * 1e6), "the driver JVM's processor time over the measured "
                                + "rounds (every thread: grid-pool's, the client's, the garbage collector's, the "
                                + "JIT's), divided by their chunks"),
                Measure.of("both members' processor time per chunk, " + how, "µs", false,
                        List.of(account.membersPerElement() * 1e6), "from /proc over the measured rounds"),
                Measure.of("µs per task, " + how + " (Dask's measure)", "µs", false,
                        rate.rounds().stream().map(r -> 1e6 / r).toList(), "the time of a batch of trivial "
                                + "tasks divided by their number, per round"));
    }

    /** Ray's and Dask's own figures, as they publish them: not measured here. */
    private static List<Measure> published() {
        return List.of(
                published("Ray, single_client_tasks_async (published)", "tasks/s", 8_041, "8,040.5 ± 508.5 tasks/s, "
                        + "Ray's release microbenchmark (release/perf_metrics/microbenchmark.json), one m5.16xlarge"),
                published("Ray, single_client_tasks_sync (published)", "tasks/s", 981, "980.7 ± 15.1 tasks/s, the "
                        + "same file"),
                published("Dask, threaded scheduler (published)", "µs per task", 200, "\"200us overhead per task\", "
                        + "docs.dask.org/en/stable/shared.html"),
                published("Dask, overhead per task (published, upper end)", "µs per task", 1_000, "\"somewhere "
                        + "between 200us and 1ms\" per task, docs.dask.org/en/stable/best-practices.html"));
    }

    private static Measure published(String name, String unit, double value, String source) {
        return new Measure(name, unit, !unit.startsWith("µs"), List.of(), value, "not measured here: " + source);
    }
}
