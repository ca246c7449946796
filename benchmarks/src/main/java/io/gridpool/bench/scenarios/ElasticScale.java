package io.gridpool.bench.scenarios;

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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Scenario 7, elastic scale for latency-bound work: 2,000 tasks that sleep 10 ms on grids of 1, 2
 * and 4 members of four slots, in tasks per second; 4 members must reach 3.5 × 1 member.
 */
public final class ElasticScale implements Scenario {

    private static final int SLOTS = 4;
    private static final int[] SIZES = {1, 2, 4};

    @Override
    public int number() {
        return 7;
    }

    @Override
    public String title() {
        return "Elastic scale, latency-bound (tasks/s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        int count = context.scaled(2_000, 200);
        List<Integer> tasks = Collections.nCopies(count, 10);
        List<LocalGrid> grids = new ArrayList<>();
        List<GridPool> pools = new ArrayList<>();
        try {
            List<CompletableFuture<LocalGrid>> starting = new ArrayList<>();
            for (int size : SIZES) {
                starting.add(CompletableFuture.supplyAsync(() -> LocalGrid.start("scale" + size, size, size, SLOTS,
                        null)));
            }
            for (CompletableFuture<LocalGrid> grid : starting) {
                grids.add(grid.join());
            }
            List<Contender> contenders = new ArrayList<>();
            for (int i = 0; i < SIZES.length; i++) {
                GridPool pool = GridPool.on(grids.get(i).client());
                pools.add(pool);
                contenders.add(Contender.rate(SIZES[i] + (SIZES[i] == 1 ? " member" : " members") + " × " + SLOTS
                                + " slots", "tasks/s",
                        () -> count / FineGrainedMap.seconds(() -> pool.map(Work::sleep, tasks)),
                        "map of " + count + " tasks of 10 ms, automatic chunk size"));
            }
            List<Measure> measures = Rounds.interleave(contenders, context.rounds(), context::log);
            double ratio = measures.get(2).median() / measures.get(0).median();
            List<Target> targets = List.of(Target.atLeast("4 members ≥ 3.5 × 1 member (tasks/s)", ratio, 3.5,
                    "the automatic chunk size cuts " + count + " tasks into about 4 chunks per slot, so the last "
                            + "wave of chunks leaves slots idle; each chunk also pays a round trip"));
            List<String> notes = List.of(String.format(Locale.ROOT, "2 members: %.2f × 1 member. The ideal is %d "
                            + "tasks/s per slot (100 for a 10 ms sleep).", measures.get(1).median()
                            / measures.get(0).median(), 100),
                    "Three grids (1, 2 and 4 members) run side by side, so their rounds interleave; tasks sleep, "
                            + "so members behave as machines of their own.");
            return new ScenarioResult(number(), title(), count + " tasks of 10 ms (sleeps), client driver, grids "
                    + "of 1, 2 and 4 member processes of " + SLOTS + " slots", measures, targets, notes,
                    (System.nanoTime() - start) / 1e9, null);
        } finally {
            pools.forEach(GridPool::close);
            grids.forEach(LocalGrid::close);
        }
    }
}
