package io.gridpool.bench.scenarios;

import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.Machines;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Target;
import io.gridpool.bench.process.Conversation;
import io.gridpool.bench.process.JavaProcess;
import io.gridpool.bench.process.LocalGrid;
import io.gridpool.bench.process.MapDriver;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Scenario 16, steady figures: scenario 2's map, {@code x -> x + 1} over 10^6 Integers, from a
 * driver JVM of its own to 2 members of their own, on JVMs that have just run π and the record
 * maps (as an application's JVMs would have) and on fresh ones, beside Python's {@code Pool.map};
 * in elements per second. The JIT compiles the engine's shared code for the types it has seen, so
 * what a JVM ran before can slow what it runs next.
 */
public final class SteadyFigures implements Scenario {

    private static final long READY_SECONDS = 900;
    private static final long RUN_SECONDS = 300;

    @Override
    public int number() {
        return 16;
    }

    @Override
    public String title() {
        return "Steady figures: x → x + 1 on JVMs that ran π and records first (elements/s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        int count = context.scaled(1_000_000, 10_000);
        try (LocalGrid freshGrid = LocalGrid.start("fresh", 2, 2, PiThroughput.CORES, null);
             LocalGrid usedGrid = LocalGrid.start("used", 2, 2, PiThroughput.CORES, null);
             Conversation fresh = driver("fresh", freshGrid, count);
             Conversation used = driver("used", usedGrid, count);
             PythonContenders.PersistentPool python = PythonContenders.persistent(context, "add_one", count)) {
            Side freshSide = new Side(fresh, freshGrid, context.rounds());
            Side usedSide = new Side(used, usedGrid, context.rounds());
            List<Contender> contenders = List.of(
                    freshSide.contender("GridPool on fresh JVMs", count, "the driver and both members ran "
                            + "nothing but this map"),
                    usedSide.contender("GridPool on JVMs that ran π and the record maps", count, "before the "
                            + "rounds, this driver ran π (4·10^8 samples) and the maps over 10^6 plain and 10^6 "
                            + "Serializable records, twice each, on these members"),
                    python.contender("Python multiprocessing.Pool.map", "elements/s", "x + 1 over " + count
                            + " ints"));
            List<Measure> measures = Rounds.interleave(contenders.stream()
                    .map(c -> c.warmedFor(FineGrainedMap.WARM_UP_SECONDS)).toList(), context.rounds(), context::log);
            double steady = measures.get(1).median() / measures.get(0).median();
            List<Target> targets = List.of(
                    Target.atLeast("x + 1 on JVMs that ran π and records first ≥ 0.85 × on fresh JVMs", steady, 0.85,
                            null),
                    Target.atLeast("GridPool on fresh JVMs ≥ 2.5 × Python's Pool.map",
                            measures.get(0).median() / measures.get(2).median(), 2.5, null),
                    Target.atLeast("GridPool on JVMs that ran π and records first ≥ 2.5 × Python's Pool.map",
                            measures.get(1).median() / measures.get(2).median(), 2.5, null));
            List<String> notes = new ArrayList<>();
            notes.add(freshSide.describe("fresh JVMs", count));
            notes.add(usedSide.describe("JVMs that ran π and the record maps", count));
            notes.add("Each side is a driver JVM of its own (a Hazelcast client, the JVM's default heap) and 2 member "
                    + "processes of its own; while one side runs, the other's three processes are stopped.");
            return new ScenarioResult(number(), title(), "x → x + 1 over " + count + " Integers, automatic chunk "
                    + "size, from a client driver in a JVM of its own to 2 member processes of " + PiThroughput.CORES
                    + " slots", measures, targets, notes, (System.nanoTime() - start) / 1e9, null);
        }
    }

    private static Conversation driver(String history, LocalGrid grid, int count) {
        return Conversation.start(history + " driver", JavaProcess.command(List.of(), MapDriver.class.getName(),
                List.of(grid.clusterName(), grid.addresses(), String.valueOf(count), history)), READY_SECONDS);
    }

    /** One side: a driver JVM and its members, and the processor time of each of their runs. */
    private static final class Side {

        /** One run's processor time: the driver's, its GC pauses, both members'. */
        private record Run(double driver, double gc, double members) {
        }

        private final Conversation driver;
        private final LocalGrid grid;
        private final int rounds;
        private final List<Run> runs = new ArrayList<>();

        Side(Conversation driver, LocalGrid grid, int rounds) {
            this.driver = driver;
            this.grid = grid;
            this.rounds = rounds;
        }

        Contender contender(String name, int count, String history) {
            Supplier<List<ProcessHandle>> processes = () -> {
                List<ProcessHandle> all = new ArrayList<>(driver.processes());
                all.addAll(grid.processes());
                return all;
            };
            return Contender.rate(name, "elements/s", () -> count / run(), "map() of " + count + " Integers; "
                    + history).runsOn(processes);
        }

        private double run() {
            double members0 = membersCpu();
            JsonNode result = driver.ask("map", RUN_SECONDS);
            runs.add(new Run(result.get("cpuSeconds").asDouble(), result.get("gcSeconds").asDouble(),
                    membersCpu() - members0));
            return result.get("seconds").asDouble();
        }

        private double membersCpu() {
            return grid.members().stream().mapToDouble(m -> Machines.cpuSeconds(m.pid())).sum();
        }

        /** The processor time per element of the measured rounds, the last ones, as a sentence. */
        String describe(String side, int count) {
            List<Run> measured = runs.subList(Math.max(0, runs.size() - rounds), runs.size());
            double per = 1e9 / ((double) count * Math.max(1, measured.size()));
            return String.format(Locale.ROOT, "Processor time per element on %s over the measured rounds (the "
                    + "warm-up left out): driver %.0f ns (its garbage collector paused it %.0f ns), both members "
                    + "together %.0f ns.", side, measured.stream().mapToDouble(Run::driver).sum() * per,
                    measured.stream().mapToDouble(Run::gc).sum() * per,
                    measured.stream().mapToDouble(Run::members).sum() * per);
        }
    }
}
