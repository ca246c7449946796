package io.gridpool.bench.scenarios;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import io.gridpool.GridPool;
import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Stats;
import io.gridpool.bench.Target;
import io.gridpool.bench.process.LocalGrid;
import io.gridpool.bench.work.ConstantTask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 3, the round trip of one task: {@code GridPool.apply} against a bare
 * {@code IExecutorService.submitToMember(...).get()}, p50 and p99, in milliseconds.
 */
public final class ApplyRoundTrip implements Scenario {

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "apply round trip (ms)";
    }

    @Override
    public ScenarioResult run(Context context) {
        long start = System.nanoTime();
        int calls = context.scaled(2_000, 200);
        try (LocalGrid grid = LocalGrid.start("apply", 2, 2, PiThroughput.CORES, null)) {
            HazelcastInstance client = grid.client();
            try (GridPool pool = GridPool.on(client)) {
                IExecutorService executor = client.getExecutorService(GridPool.DEFAULT_EXECUTOR);
                List<Member> members = new ArrayList<>(client.getCluster().getMembers());
                List<Double> gridAll = new ArrayList<>();
                List<Double> bareAll = new ArrayList<>();
                List<Double> gridP99 = new ArrayList<>();
                List<Double> bareP99 = new ArrayList<>();
                List<Contender> contenders = List.of(
                        Contender.time("GridPool.apply(() -> 1), p50", "ms", () -> round(calls, gridAll, gridP99,
                                () -> pool.apply(() -> 1)), calls + " calls one after the other per round"),
                        Contender.time("bare submitToMember(task, member).get(), p50", "ms", () -> round(calls,
                                bareAll, bareP99, new Bare(executor, members)),
                                calls + " calls one after the other per round, alternating the two members; "
                                        + "the task is a DataSerializable Callable returning 1"));
                List<Measure> measures = new ArrayList<>(Rounds.interleave(contenders, context.rounds(), context::log));
                measures.add(Measure.of("GridPool.apply, p99", "ms", false, gridP99,
                        "p99 of each round; over all rounds: " + Stats.percentile(gridAll, 99)));
                measures.add(Measure.of("bare submitToMember, p99", "ms", false, bareP99,
                        "p99 of each round; over all rounds: " + Stats.percentile(bareAll, 99)));
                double ratio = measures.get(0).median() / measures.get(1).median();
                List<Target> targets = List.of(Target.atMost("GridPool.apply p50 ≤ 1.2 × bare submitToMember",
                        ratio, 1.2, null));
                List<String> notes = List.of(String.format(Locale.ROOT, "Over all %d rounds: GridPool p50 %.3f ms, "
                        + "p99 %.3f ms; bare p50 %.3f ms, p99 %.3f ms.", context.rounds(),
                        Stats.median(gridAll), Stats.percentile(gridAll, 99), Stats.median(bareAll),
                        Stats.percentile(bareAll, 99)));
                return new ScenarioResult(number(), title(), "one task at a time from a client driver to 2 member "
                        + "processes on loopback; the warm-up is one round of each", measures, targets, notes,
                        (System.nanoTime() - start) / 1e9, null);
            }
        }
    }

    private interface Call {
        Object call() throws Exception;
    }

    /** Times {@code calls} calls; keeps every latency in {@code all} and this round's p99 in {@code p99s}; returns the p50. */
    private static double round(int calls, List<Double> all, List<Double> p99s, Call call) throws Exception {
        List<Double> latencies = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            call.call();
            latencies.add((System.nanoTime() - t0) / 1e6);
        }
        all.addAll(latencies);
        p99s.add(Stats.percentile(latencies, 99));
        return Stats.median(latencies);
    }

    /** One bare submission to the next member, waited for. */
    private static final class Bare implements Call {
        private final IExecutorService executor;
        private final List<Member> members;
        private int next;

        Bare(IExecutorService executor, List<Member> members) {
            this.executor = executor;
            this.members = members;
        }

        @Override
        public Object call() throws Exception {
            return executor.submitToMember(new ConstantTask(), members.get(next++ % members.size())).get();
        }
    }
}
