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
import io.gridpool.bench.process.JavaProcess;
import io.gridpool.bench.process.LocalGrid;
import io.gridpool.bench.work.Work;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 6, failover: a map of about ten seconds on three members, clean and with one member
 * killed ({@code kill -9}) half way, on a pool with speculation on (the default) and on one with it
 * off; the killed run must take at most 1.3 × the clean one with speculation (the run without it
 * is there for comparison), and every run give exactly the same results.
 */
public final class Failover implements Scenario {

    private static final int MEMBERS = 3;
    private static final int SLOTS = 2;
    private static final int TASK_MILLIS = 10;
    /** Tasks of 1 ms, in chunks of 5, that a replacement member runs before the next timed run. */
    private static final int WARM_UP_TASKS = 600;

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String title() {
        return "Failover: a member killed half way (s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        int count = context.scaled(6_000, 600);
        List<Integer> tasks = Collections.nCopies(count, TASK_MILLIS);
        List<String> kills = new ArrayList<>();
        try (LocalGrid grid = LocalGrid.start("failover", MEMBERS, MEMBERS + 2 * context.rounds() + 1, SLOTS,
                null)) {
            HazelcastInstance client = grid.client();
            try (GridPool on = GridPool.builder(client).speculation(true).build();
                 GridPool off = GridPool.builder(client).speculation(false).build()) {
                List<GridPool> pools = List.of(on, off);
                double[] clean = {Double.NaN};
                Contender cleanRun = Contender.time("clean map", "s", () -> {
                    double s = FineGrainedMap.seconds(() -> check(on.map(Work::sleep, tasks), count));
                    clean[0] = s;
                    return s;
                }, "map of " + count + " tasks of " + TASK_MILLIS + " ms, automatic chunk size, speculation on "
                        + "(the default)");
                Contender killedOn = Contender.time("a member killed half way, speculation on", "s",
                        () -> killHalfWay(grid, client, on, pools, tasks, clean[0], kills),
                        "the same map; kill -9 of one member at half the clean time, then a new member is "
                                + "started and warmed up for the next run (not timed)").warmedBy(null);
                Contender killedOff = Contender.time("a member killed half way, speculation off", "s",
                        () -> killHalfWay(grid, client, off, pools, tasks, clean[0], kills),
                        "the same, on a pool built with speculation(false)").warmedBy(null);
                List<Measure> measures = Rounds.interleave(List.of(cleanRun, killedOn, killedOff), context.rounds(),
                        context::log);
                double withCopies = measures.get(1).median() / measures.get(0).median();
                double without = measures.get(2).median() / measures.get(0).median();
                List<Target> targets = List.of(Target.atMost("killed run with speculation ≤ 1.3 × clean run",
                        withCopies, 1.3, String.format(Locale.ROOT, "the lost third of the slots (1.25 × at best), "
                                + "plus what the killed member's running chunks had done, run again: the automatic "
                                + "chunks shrink with what is left (about a quarter of it is out at any time); "
                                + "without speculation %.2f × clean", without)));
                List<String> notes = new ArrayList<>();
                notes.add("Tasks sleep, so the three members behave as three machines with their own processors: "
                        + "the killed member's slots are lost capacity. (With CPU-bound tasks on this 2-processor "
                        + "machine, the survivors would just take over the same 2 cores.)");
                notes.add(String.format(Locale.ROOT, "With %d of %d slots left after the kill, a perfect "
                        + "scheduler that lost nothing would take 0.5 + 0.5 × %d/%d = %.2f × the clean time. "
                        + "Measured: %.2f × with speculation, %.2f × without.",
                        (MEMBERS - 1) * SLOTS, MEMBERS * SLOTS, MEMBERS, MEMBERS - 1,
                        0.5 + 0.5 * MEMBERS / (MEMBERS - 1.0), withCopies, without));
                notes.addAll(kills);
                return new ScenarioResult(number(), title(), count + " tasks of " + TASK_MILLIS + " ms (sleeps) on "
                        + MEMBERS + " member processes of " + SLOTS + " slots, client driver; every run's results "
                        + "checked exact", measures, targets, notes, (System.nanoTime() - start) / 1e9, null);
            }
        }
    }

    private static double killHalfWay(LocalGrid grid, HazelcastInstance client, GridPool pool, List<GridPool> pools,
                                      List<Integer> tasks, double cleanSeconds, List<String> kills) throws Exception {
        if (Double.isNaN(cleanSeconds)) {
            throw new IllegalStateException("no clean time to kill half way into");
        }
        List<JavaProcess> alive = grid.members().stream().filter(JavaProcess::isAlive).toList();
        JavaProcess victim = alive.get(kills.size() % alive.size());
        long retried = pool.stats().chunksRetried();
        long speculated = pool.stats().chunksSpeculated();
        long t0 = System.nanoTime();
        CompletableFuture<List<Integer>> map = pool.mapAsync(Work::sleep, tasks);
        Thread.sleep((long) (cleanSeconds * 500));
        double killedAt = (System.nanoTime() - t0) / 1e9;
        victim.kill();
        List<Integer> results = map.get(10 * (long) Math.ceil(cleanSeconds) + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        check(results, tasks.size());
        kills.add(String.format(Locale.ROOT, "Speculation %s: killed %s at %.1f s; the map ended at %.1f s with "
                + "every result exact; %d chunks were sent again, %d copied.", pool == pools.get(0) ? "on" : "off",
                victim.name(), killedAt, seconds, pool.stats().chunksRetried() - retried,
                pool.stats().chunksSpeculated() - speculated));
        replace(grid, client, pools);
        return seconds;
    }

    /**
     * Starts a member in place of the killed one, waits until every pool uses it, and warms it up
     * through every pool: otherwise the next timed run, whichever it is, would meet a cold member.
     */
    private static void replace(LocalGrid grid, HazelcastInstance client, List<GridPool> pools)
            throws InterruptedException {
        grid.addMember().join();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (client.getCluster().getMembers().size() != MEMBERS
                || pools.stream().anyMatch(p -> p.parallelism() != MEMBERS * SLOTS)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the replacement member did not join: the client sees "
                        + client.getCluster().getMembers().size() + " members, the pools "
                        + pools.stream().map(p -> p.parallelism() + "").toList() + " slots");
            }
            Thread.sleep(50);
        }
        for (GridPool pool : pools) {
            pool.map(Work::sleep, Collections.nCopies(WARM_UP_TASKS, 1), 5);
        }
    }

    private static List<Integer> check(List<Integer> results, int count) {
        long sum = 0;
        for (Integer r : results) {
            sum += r;
        }
        if (results.size() != count || sum != (long) count * TASK_MILLIS) {
            throw new IllegalStateException(results.size() + " results adding up to " + sum + ", expected " + count
                    + " adding up to " + (long) count * TASK_MILLIS);
        }
        return results;
    }
}
