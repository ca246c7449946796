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
import java.util.List;
import java.util.Locale;

/**
 * Scenario 9, a straggler: a map of sleeps on three members, one of which runs every element five
 * times slower, with speculation on (the default) and off; the makespan with speculation must be
 * at most 1.25 × the ideal (the work divided by the members' combined speed), and every run's
 * results exact.
 */
public final class Straggler implements Scenario {

    private static final int FAST_MEMBERS = 2;
    private static final int SLOTS = 2;
    private static final int SLOWDOWN = 5;
    /** Elements per chunk, as a user with a tail problem would set it; 0 for the automatic size. */
    private static final int CHUNK_SIZE = 0;

    @Override
    public int number() {
        return 9;
    }

    @Override
    public String title() {
        return "Straggler: one member 5 × slower, makespan (s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        List<Integer> tasks = tasks(context.scaled(4_400, 440));
        double speed = FAST_MEMBERS * SLOTS + SLOTS / (double) SLOWDOWN;
        double ideal = tasks.stream().mapToLong(Integer::longValue).sum() / 1000.0 / speed;
        try (LocalGrid grid = LocalGrid.start("straggler", FAST_MEMBERS, FAST_MEMBERS + 1, SLOTS, null)) {
            grid.addMember(List.of("-D" + Work.SLOWDOWN_PROPERTY + "=" + SLOWDOWN)).join();
            HazelcastInstance client = grid.client();
            try (GridPool on = GridPool.builder(client).speculation(true).build();
                 GridPool off = GridPool.builder(client).speculation(false).build()) {
                List<Long> copies = new ArrayList<>();
                List<Contender> contenders = List.of(
                        Contender.time("speculation on (the default)", "s", () -> makespan(on, tasks, copies),
                                how() + "; the tail's stragglers copied to idle slots"),
                        Contender.time("speculation off", "s", () -> makespan(off, tasks, null),
                                how() + "; GridPool.builder(hz).speculation(false)"));
                List<Measure> measures = Rounds.interleave(contenders, context.rounds(), context::log);
                double withCopies = measures.get(0).median() / ideal;
                double without = measures.get(1).median() / ideal;
                List<Target> targets = List.of(Target.atMost("speculation on ≤ 1.25 × ideal", withCopies, 1.25,
                        String.format(Locale.ROOT, "the slow member's chunks, sent to it before its slowness "
                                + "shows, are copied only once the input is all read, a fast slot idles and they "
                                + "have been out twice a chunk's usual time; without speculation they end the map: "
                                + "%.2f × ideal", without)));
                List<String> notes = List.of(
                        String.format(Locale.ROOT, "Ideal %.2f s: the work (%d sleeps adding up to %.1f s) divided "
                                + "by the members' combined speed, %d fast slots of speed 1 and %d slow slots of "
                                + "speed 1/%d = %.1f.", ideal, tasks.size(), ideal * speed, FAST_MEMBERS * SLOTS,
                                SLOTS, SLOWDOWN, speed),
                        String.format(Locale.ROOT, "Speculation on: %.2f × ideal; off: %.2f × ideal. Copies sent "
                                + "per run with speculation on (warm-up first): %s.", withCopies, without, copies),
                        "Tasks sleep, so the members behave as machines of their own; the slow member is given "
                                + "-D" + Work.SLOWDOWN_PROPERTY + "=" + SLOWDOWN + ", which makes the benchmark's "
                                + "task sleep " + SLOWDOWN + " × longer there.");
                return new ScenarioResult(number(), title(), tasks.size() + " tasks of 5–15 ms (sleeps) on "
                        + (FAST_MEMBERS + 1) + " member processes of " + SLOTS + " slots, one of them " + SLOWDOWN
                        + " × slower; client driver; every run's results checked exact", measures, targets, notes,
                        (System.nanoTime() - start) / 1e9, null);
            }
        }
    }

    private static String how() {
        return CHUNK_SIZE == 0 ? "map, automatic chunk size" : "map, chunk size " + CHUNK_SIZE;
    }

    /** Sleeps of 5 to 15 ms, 10 on average, so that an element out of order shows. */
    private static List<Integer> tasks(int count) {
        List<Integer> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tasks.add(5 + i % 11);
        }
        return List.copyOf(tasks);
    }

    private static double makespan(GridPool pool, List<Integer> tasks, List<Long> copies) throws Exception {
        long speculated = pool.stats().chunksSpeculated();
        double seconds = FineGrainedMap.seconds(() -> {
            List<Integer> results = CHUNK_SIZE == 0 ? pool.map(Work::sleepSlowed, tasks)
                    : pool.map(Work::sleepSlowed, tasks, CHUNK_SIZE);
            if (!results.equals(tasks)) {
                throw new IllegalStateException(results.size() + " results, not the " + tasks.size()
                        + " sleeps given, in order");
            }
            return results;
        });
        if (copies != null) {
            copies.add(pool.stats().chunksSpeculated() - speculated);
        }
        return seconds;
    }
}
