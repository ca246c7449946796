package io.gridpool.bench.scenarios;

import com.hazelcast.config.ExecutorConfig;
import io.gridpool.GridPool;
import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Target;
import io.gridpool.bench.process.BenchMember;
import io.gridpool.bench.process.LocalGrid;
import io.gridpool.bench.work.Work;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scenario 11, members whose executor has more threads than processors: the fine-grained map of
 * scenario 2 on two plain Hazelcast members, whose config says nothing of the {@code gridpool}
 * executor, so that it has Hazelcast's default pool size (16), against two GridMembers sized to
 * their processors, in elements per second. The two pairs are
 * never both running: the rounds stop the pair that waits.
 */
public final class DefaultExecutorMembers implements Scenario {

    private static final int CORES = PiThroughput.CORES;
    private static final int HAZELCAST_DEFAULT = ExecutorConfig.DEFAULT_POOL_SIZE;

    @Override
    public int number() {
        return 11;
    }

    @Override
    public String title() {
        return "Members with Hazelcast's default executor, x → x + 1 (elements/s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        int count = context.scaled(1_000_000, 10_000);
        List<Integer> inputs = IntStream.range(0, count).boxed().toList();
        List<String> notes = new ArrayList<>();
        try (LocalGrid sized = LocalGrid.start("sized", 2, 2, CORES, null);
             LocalGrid defaults = LocalGrid.start("default", 2, 2, HAZELCAST_DEFAULT, null,
                     List.of("-Xmx1g", "-D" + BenchMember.PLAIN + "=true"));
             GridPool sizedPool = GridPool.on(sized.client());
             GridPool defaultPool = GridPool.on(defaults.client())) {
            CpuAccount sizedCpu = new CpuAccount(sized, context.rounds());
            CpuAccount defaultCpu = new CpuAccount(defaults, context.rounds());
            List<Contender> contenders = List.of(
                    Contender.rate("GridPool, members sized to " + CORES + " processors", "elements/s",
                            () -> count / map(sizedCpu, sizedPool, inputs), "map() of " + count + " Integers, "
                                    + "2 members × " + CORES + " executor threads, client driver")
                            .runsOn(sized::processes),
                    Contender.rate("GridPool, members with the default executor (" + HAZELCAST_DEFAULT
                                    + " threads)", "elements/s", () -> count / map(defaultCpu, defaultPool, inputs),
                            "the same map, 2 plain Hazelcast members (a config with the network only) × "
                                    + HAZELCAST_DEFAULT + " executor threads (Hazelcast's default pool size)").runsOn(defaults::processes));
            List<Measure> measures = Rounds.interleave(contenders, context.rounds(), context::log);
            notes.add("parallelism(): " + sizedPool.parallelism() + " on the sized members, "
                    + defaultPool.parallelism() + " on the default ones; automatic chunk size "
                    + chunk(count, sizedPool.parallelism()) + " and " + chunk(count, defaultPool.parallelism())
                    + " elements.");
            notes.add(sizedCpu.describe("GridPool on the sized members", count));
            notes.add(defaultCpu.describe("GridPool on the default-executor members", count));
            List<Target> targets = List.of(Target.atLeast("default-executor members ≥ 0.9 × sized members",
                    measures.get(1).median() / measures.get(0).median(), 0.9,
                    "a pool counts a member's processors as its slots when its config leaves the executor's "
                            + "size to Hazelcast; the executor's 16 threads still run the chunks in flight at once"));
            return new ScenarioResult(number(), title(), "x → x + 1 over " + count + " Integers on 2 member "
                    + "processes of " + CORES + " executor threads, and on 2 plain members of " + HAZELCAST_DEFAULT
                    + ", client driver; the pair not measured is stopped", measures, targets, notes,
                    (System.nanoTime() - start) / 1e9, null);
        }
    }

    private static double map(CpuAccount account, GridPool pool, List<Integer> inputs) throws Exception {
        List<List<Integer>> results = new ArrayList<>(1);
        double seconds = account.during(() -> results.add(pool.map(Work::addOne, inputs)));
        List<Integer> out = results.get(0);
        if (out.size() != inputs.size() || out.get(out.size() - 1) != inputs.size()) {
            throw new IllegalStateException(out.size() + " results, the last " + out.get(out.size() - 1));
        }
        return seconds;
    }

    private static int chunk(int count, int parallelism) {
        return (int) Math.ceil(count / (4.0 * parallelism));
    }
}
