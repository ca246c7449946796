package io.gridpool.bench.scenarios;

import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Target;
import io.gridpool.bench.process.Conversation;
import io.gridpool.bench.process.EmbeddedPiDriver;
import io.gridpool.bench.process.JavaProcess;
import io.gridpool.bench.work.PiTasks;

import java.util.List;
import java.util.Locale;

/**
 * Scenario 12, the first command a newcomer runs: π on the demo's embedded one-member grid
 * against {@code LocalPool}, both in one fresh JVM ({@link EmbeddedPiDriver}), in samples per
 * second; through the demo's own code path ({@code PiEstimator}: {@code imapUnordered} over the
 * job's lazy task indices, a {@code TaskCount} record per task) and through a plain
 * {@code pool.map} of the same tasks, so that a cost of the demo's path shows apart from the pool's.
 */
public final class EmbeddedPi implements Scenario {

    private static final long TIMEOUT_SECONDS = 600;

    @Override
    public int number() {
        return 12;
    }

    @Override
    public String title() {
        return "π on an embedded member, in one JVM (samples/s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        long samples = context.scaled(10_000L, 100L) * PiTasks.SAMPLES_PER_TASK;
        try (Conversation jvm = Conversation.start("embedded π", JavaProcess.command(List.of("-Xmx1g"),
                EmbeddedPiDriver.class.getName(), List.of(String.valueOf(samples))), 120)) {
            List<Contender> contenders = List.of(
                    contender(jvm, "GridPool on the embedded member, demo's path", "grid-demo", samples),
                    contender(jvm, "LocalPool, demo's path", "local-demo", samples),
                    contender(jvm, "GridPool on the embedded member, pool.map", "grid-map", samples),
                    contender(jvm, "LocalPool, pool.map", "local-map", samples));
            List<Measure> measures = Rounds.interleave(contenders, context.rounds(), context::log);
            double demo = measures.get(0).median() / measures.get(1).median();
            double map = measures.get(2).median() / measures.get(3).median();
            List<Target> targets = List.of(
                    Target.atLeast("embedded GridPool ≥ 0.9 × LocalPool, demo's path", demo, 0.9,
                            "what the demo's path adds on a grid (compare the pool.map row): an unsized input, "
                                    + "so chunks sized by their time, and a TaskCount record per task"),
                    Target.atLeast("embedded GridPool ≥ 0.9 × LocalPool, pool.map", map, 0.9,
                            "the member's executor and the serialization of every chunk, which a grid pays even "
                                    + "when the chunk runs in the driver's own member"));
            List<String> notes = List.of(String.format(Locale.ROOT, "The demo's path reached %.2f × pool.map on "
                            + "the embedded GridPool and %.2f × on LocalPool.",
                            measures.get(0).median() / measures.get(2).median(),
                            measures.get(1).median() / measures.get(3).median()),
                    "One JVM holds the demo's embedded member (its own config: join off, one executor thread per "
                            + "processor), a GridPool.on(member) and a LocalPool; the four contenders take turns in it.");
            return new ScenarioResult(number(), title(), PiThroughput.sci(samples) + " samples in tasks of "
                    + PiTasks.SAMPLES_PER_TASK + " (the demo's default batch), seed " + PiTasks.SEED
                    + "; one fresh JVM with the embedded member and both pools", measures, targets, notes,
                    (System.nanoTime() - start) / 1e9, null);
        }
    }

    private static Contender contender(Conversation jvm, String name, String command, long samples) {
        return Contender.rate(name, "samples/s", () -> {
            var result = jvm.ask(command, TIMEOUT_SECONDS);
            return result.get("items").asDouble() / result.get("seconds").asDouble();
        }, (command.endsWith("demo") ? "PiEstimator.estimate(PiJob) as pi-demo runs it" : "pool.map(PiTasks::inside, "
                + "task indices)") + ", " + PiThroughput.sci(samples) + " samples").runsOn(jvm::processes);
    }
}
