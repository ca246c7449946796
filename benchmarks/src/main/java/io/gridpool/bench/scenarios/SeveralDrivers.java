package io.gridpool.bench.scenarios;

import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.Machines;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Stats;
import io.gridpool.bench.Target;
import io.gridpool.bench.process.SharedGrid;
import io.gridpool.contract.Marks;
import io.gridpool.testing.drivers.DriverProcess;
import io.gridpool.testing.drivers.DriverProcess.CallOutcome;
import io.gridpool.testing.drivers.Saturation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.gridpool.testing.drivers.DriverProcess.AUTOMATIC;

/**
 * Scenario 13, several drivers on one grid (issue 19): five driver processes, each a client of
 * its own with its own pools, share two member processes of two slots. A priority-0 driver's long
 * map (automatic chunk size, so long chunks) must not hold back a second driver's {@code apply}
 * nor a priority-10 driver's map; two equal drivers must share the grid evenly without losing
 * throughput; chunks that wait behind another driver's work must not be taken for stragglers; and
 * five saturating drivers must not queue more than four chunks per slot on a member. Tasks sleep,
 * so the figures measure scheduling, not processor time.
 */
public final class SeveralDrivers implements Scenario {

    private static final int MEMBERS = 2;
    private static final int SLOTS = 2;
    private static final int DRIVERS = 5;
    private static final Duration CALL_WAIT = Duration.ofSeconds(600);
    /** The saturating tasks, and the long map of them: chunks of 1,250, 25 s each. */
    private static final int SATURATING_MILLIS = 20;
    private static final int LONG_MAP = 20_000;
    /** A shorter saturating map, chunks of 250 (5 s), where a case needs saturation but not the long map. */
    private static final int SHORTER_MAP = 4_000;
    private static final Duration QUEUE_SAMPLING = Duration.ofSeconds(5);

    private int calls;

    @Override
    public int number() {
        return 13;
    }

    @Override
    public String title() {
        return "Several drivers on one grid: priorities, fair shares, short calls";
    }

    @Override
    public ScenarioResult run(Context context) {
        long start = System.nanoTime();
        String loadBefore = Machines.loadAverage();
        List<Measure> measures = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (SharedGrid grid = SharedGrid.start("drivers", MEMBERS, SLOTS, DRIVERS)) {
            pools(grid);
            for (Case c : List.of(shortCall(grid, context), priority(grid, context), fairness(grid, context),
                    speculation(grid, context), queues(grid, context))) {
                measures.addAll(c.measures());
                targets.addAll(c.targets());
                notes.addAll(c.notes());
            }
        }
        notes.add("Load average (1, 5, 15 min) when the scenario began: " + loadBefore + "; when it ended: "
                + Machines.loadAverage() + ".");
        return new ScenarioResult(number(), title(), MEMBERS + " member processes × " + SLOTS + " slots, "
                + DRIVERS + " driver processes (each a Hazelcast client with pools of its own); tasks sleep; every "
                + "call's results checked exact", measures, targets, notes, (System.nanoTime() - start) / 1e9, null);
    }

    /** Every driver's pools: each case uses its own, so no case's counters mix with another's. */
    private static void pools(SharedGrid grid) {
        grid.driver(0).pool("low", 0, true);
        grid.driver(1).pool("caller", 0, true);
        grid.driver(2).pool("high", 10, true);
        grid.driver(1).pool("even", 0, true);
        grid.driver(2).pool("even", 0, true);
        grid.driver(3).pool("busy", 10, true);
        grid.driver(4).pool("waiting", 0, true);
        for (int i = 0; i < DRIVERS; i++) {
            grid.driver(i).pool("flood", 0, true);
        }
    }

    /** (i) A second driver's {@code apply} of a 1 ms task while a priority-0 driver's long map saturates. */
    private Case shortCall(SharedGrid grid, Context context) {
        DriverProcess low = grid.driver(0);
        DriverProcess caller = grid.driver(1);
        int longMap = context.scaled(LONG_MAP, 2_000);
        // a fifth of the time the saturating map takes alone: it is still running when the last apply returns
        Duration budget = Duration.ofMillis(context.scaled(LONG_MAP, 2_000));
        List<Integer> samples = new ArrayList<>();
        Contender idle = Contender.time("apply of a 1 ms task, idle grid, p50", "ms",
                () -> Stats.median(caller.applies("caller", 50, 1, budget)),
                "50 apply calls one after the other, a run's p50");
        Contender shared = Contender.time("apply of a 1 ms task while a priority-0 driver saturates, p50", "ms", () -> {
            try (Saturation saturation = Saturation.start(call(), "low", longMap, SATURATING_MILLIS, List.of(low))) {
                List<Double> latencies = caller.applies("caller", 50, 1, budget);
                samples.add(latencies.size());
                if (!saturation.running()) {
                    throw new IllegalStateException("the saturating map ended before the last apply");
                }
                return Stats.median(latencies);
            }
        }, "the other driver maps " + longMap + " tasks of " + SATURATING_MILLIS + " ms (automatic chunk size); 50 "
                + "apply calls or as many as " + budget.toSeconds() + " s allow, a run's p50");
        List<Measure> measures = Rounds.interleave(List.of(idle, shared), context.rounds(), context::log);
        double bound = 3 * measures.get(0).median() + 20;
        return new Case(measures, List.of(Target.atMost("apply p50 (ms) while saturated ≤ 3·(idle p50) + 20 ms",
                measures.get(1).median(), bound, "the apply's chunk waits for a saturating chunk to give its slot up: "
                        + "at its first element boundary after 5 ms of run (tasks of 20 ms)")),
                List.of("(i) apply calls measured per saturated run (warm-up first): " + samples + "."));
    }

    /** (ii) A priority-10 map of 40 tasks of 50 ms, alone and while a priority-0 driver saturates. */
    private Case priority(SharedGrid grid, Context context) {
        DriverProcess low = grid.driver(0);
        DriverProcess high = grid.driver(2);
        int saturating = context.scaled(SHORTER_MAP, 1_000);
        Contender alone = Contender.time("priority-10 map, 40 tasks of 50 ms, alone", "s",
                () -> high.run("high", call(), 40, 50, AUTOMATIC, CALL_WAIT).seconds(), "automatic chunk size");
        List<Boolean> outlived = new ArrayList<>();
        Contender shared = Contender.time("the same while a priority-0 driver saturates", "s", () -> {
            try (Saturation saturation = Saturation.start(call(), "low", saturating, SATURATING_MILLIS, List.of(low))) {
                double seconds = high.run("high", call(), 40, 50, AUTOMATIC, CALL_WAIT).seconds();
                outlived.add(saturation.running());
                return seconds;
            }
        }, "the other driver maps " + saturating + " tasks of " + SATURATING_MILLIS + " ms at priority 0");
        List<Measure> measures = Rounds.interleave(List.of(alone, shared), context.rounds(), context::log);
        return new Case(measures, List.of(Target.atMost("priority-10 makespan while saturated ≤ 1.5 × alone",
                measures.get(1).median() / measures.get(0).median(), 1.5, "a slot freed between two priority-10 "
                        + "chunks may go to a waiting priority-0 chunk, which gives it back at its next element")),
                List.of("(ii) whether the saturating map was still running when the priority-10 map ended, per run "
                        + "(warm-up first; where it was not, the figure understates the wait): " + outlived + "."));
    }

    /** (iii) Two equal-priority drivers start the same map together. */
    private Case fairness(SharedGrid grid, Context context) {
        DriverProcess one = grid.driver(1);
        DriverProcess two = grid.driver(2);
        int tasks = context.scaled(1_600, 400);
        List<Double> finishRatios = new ArrayList<>();
        Contender alone = Contender.time("one driver alone, " + tasks + " tasks of 10 ms", "s",
                () -> one.run("even", call(), tasks, 10, AUTOMATIC, CALL_WAIT).seconds(), "automatic chunk size");
        Contender together = Contender.time("two drivers start the same map together, both done", "s", () -> {
            String call = call();
            one.map("even", call, tasks, 10, AUTOMATIC);
            two.map("even", call, tasks, 10, AUTOMATIC);
            CallOutcome first = one.await(call, CALL_WAIT);
            CallOutcome second = two.await(call, CALL_WAIT);
            long start = Math.min(first.startedAt(), second.startedAt());
            long earlier = Math.min(first.endedAt(), second.endedAt()) - start;
            long later = Math.max(first.endedAt(), second.endedAt()) - start;
            finishRatios.add((double) later / earlier);
            return later / 1e6;
        }, "from the first start to the later finish; each driver's own pool, priority 0");
        List<Measure> measures = Rounds.interleave(List.of(alone, together), context.rounds(), context::log);
        List<Double> measured = finishRatios.subList(Math.min(1, finishRatios.size()), finishRatios.size());
        double throughput = 2 * measures.get(0).median() / measures.get(1).median();
        return new Case(measures, List.of(
                Target.atMost("later finish ÷ earlier finish ≤ 1.2 ×", Stats.median(measured), 1.2,
                        String.format(Locale.ROOT, "the two calls share each member's slots, a chunk giving way after "
                                + "a time slice of 50 ms (chunks of %.2f s here, the automatic size)",
                                Math.ceil(tasks / 16.0) / 100)),
                Target.atLeast("throughput of the two together ≥ 0.95 × one alone", throughput, 0.95, "")),
                List.of(String.format(Locale.ROOT, "(iii) later finish ÷ earlier finish, from the common start, per "
                        + "measured round: %s.", rounded(measured))));
    }

    /** (iv) A driver's chunks queue behind another driver's priority-10 work on one member. */
    private Case speculation(SharedGrid grid, Context context) {
        DriverProcess busy = grid.driver(3);
        DriverProcess waiting = grid.driver(4);
        List<Double> makespans = new ArrayList<>();
        Callable<Double> once = () -> queuedBehind(grid, busy, waiting, makespans);
        Contender copies = new Contender("speculative copies by a driver whose chunks queue behind another's", "copies",
                false, once, once, "a priority-10 driver's mapByKey of 64 tasks of 500 ms keeps the first member busy "
                + "(chunks of 4, 2 s); the other driver, speculation on, maps 24 tasks of 200 ms (automatic chunk "
                + "size) over both members");
        List<Measure> measures = Rounds.interleave(List.of(copies), context.rounds(), context::log);
        double most = measures.get(0).rounds().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return new Case(measures, List.of(Target.atMost("speculative copies (the most in a round) ≤ 0", most, 0,
                "speculation judges a chunk by the time it ran, as its member says, "
                        + "not by its time since it was sent")),
                List.of("(iv) the waiting driver's map took " + rounded(makespans) + " s per run (warm-up first)."));
    }

    private double queuedBehind(SharedGrid grid, DriverProcess busy, DriverProcess waiting, List<Double> makespans) {
        Marks marks = Marks.create();
        String busyCall = call();
        try {
            busy.mapOn("busy", busyCall, 0, 64, 500, marks, 2);
            CallOutcome outcome = waiting.run("waiting", call(), 24, 200, AUTOMATIC, CALL_WAIT);
            makespans.add(outcome.seconds());
            return outcome.speculated();
        } finally {
            busy.cancel(busyCall);
            grid.awaitIdle();
            marks.delete();
        }
    }

    /** (v) Five drivers saturate: the chunks waiting for a member's slots, sampled on the members. */
    private Case queues(SharedGrid grid, Context context) {
        List<DriverProcess> all = new ArrayList<>();
        for (int i = 0; i < DRIVERS; i++) {
            all.add(grid.driver(i));
        }
        int saturating = context.scaled(SHORTER_MAP, 1_000);
        List<Double> means = new ArrayList<>();
        Contender queued = Contender.time("chunks queued on a member while " + DRIVERS + " drivers saturate, the most "
                + "sampled", "chunks", () -> {
            try (Saturation saturation = Saturation.start(call(), "flood", saturating, SATURATING_MILLIS, all, 0)) {
                double most = sampleQueues(grid, all, means);
                if (!saturation.running()) {
                    throw new IllegalStateException("a saturating map ended before the sampling did");
                }
                return most;
            }
        }, "every driver maps " + saturating + " tasks of " + SATURATING_MILLIS + " ms; the members' queues sampled "
                + "every 50 ms for " + QUEUE_SAMPLING.toSeconds() + " s from the moment all five maps are started");
        List<Measure> measures = Rounds.interleave(List.of(queued), context.rounds(), context::log);
        String how = "Queue, read on the member: its executor's queue (Hazelcast's pending count) plus the chunks on "
                + "its executor's threads beyond its slots (waiting in the member's own queue).";
        return new Case(measures, List.of(Target.atMost("chunks queued on a member ≤ 4 × its slots",
                measures.get(0).median(), 4 * SLOTS, "a member holds at most 3 chunks per slot, running or waiting, and "
                        + "each pool's window there is its share while " + DRIVERS + " pools use it")),
                List.of("(v) " + how + " Mean of the samples per run (warm-up first): " + rounded(means) + "."));
    }

    private static double sampleQueues(SharedGrid grid, List<DriverProcess> drivers, List<Double> means)
            throws InterruptedException {
        long most = 0;
        long sum = 0;
        int samples = 0;
        long end = System.nanoTime() + QUEUE_SAMPLING.toNanos();
        while (System.nanoTime() < end) {
            Map<String, Long> queued = grid.queued();
            for (long n : queued.values()) {
                most = Math.max(most, n);
                sum += n;
                samples++;
            }
            Thread.sleep(50);
        }
        means.add(samples == 0 ? Double.NaN : (double) sum / samples);
        return most;
    }

    /** A call name not used before in this run. */
    private String call() {
        return "c" + calls++;
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList();
    }

    /** One case's contenders, targets and notes. */
    private record Case(List<Measure> measures, List<Target> targets, List<String> notes) {
    }
}
