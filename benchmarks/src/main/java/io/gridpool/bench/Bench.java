package io.gridpool.bench;

import io.gridpool.bench.process.Conversation;
import io.gridpool.bench.process.JavaProcess;
import io.gridpool.bench.process.Python;
import io.gridpool.bench.scenarios.ApplyRoundTrip;
import io.gridpool.bench.scenarios.BoundedMemory;
import io.gridpool.bench.scenarios.DefaultExecutorMembers;
import io.gridpool.bench.scenarios.ElasticScale;
import io.gridpool.bench.scenarios.EmbeddedPi;
import io.gridpool.bench.scenarios.Failover;
import io.gridpool.bench.scenarios.FineGrainedMap;
import io.gridpool.bench.scenarios.NetworkLatency;
import io.gridpool.bench.scenarios.PiThroughput;
import io.gridpool.bench.scenarios.RecordMap;
import io.gridpool.bench.scenarios.SeveralDrivers;
import io.gridpool.bench.scenarios.SteadyFigures;
import io.gridpool.bench.scenarios.Straggler;
import io.gridpool.bench.scenarios.TaskOverhead;
import io.gridpool.bench.scenarios.UnevenTasks;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The benchmark harness: runs the scenarios of the benchmark issues side by side, prints the
 * table, and writes it as JSON and Markdown ({@code latest.json}, {@code latest.md}) and as a
 * chart ({@code latest.svg}).
 * <p>
 * {@code java -jar benchmarks/target/benchmarks.jar [--only 1,3] [--rounds N] [--scale F] [--out DIR]}:
 * {@code --scale 0.1} runs a tenth of each workload, for a quick try; the published table is a
 * run with the defaults.
 */
public final class Bench {

    static final String COMMAND = "mvn -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar";

    private Bench() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        long start = System.nanoTime();
        String date = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String loadBefore = Machines.loadAverage();
        Optional<Python> python = Python.find();
        Context context = new Context(options.rounds(), options.scale(), python, Bench::progress);
        progress("grid-pool benchmarks: " + date + ", load " + loadBefore + ", "
                + python.map(Python::version).orElse("no python3"));
        List<ScenarioResult> results = new ArrayList<>();
        try {
            for (Scenario scenario : scenarios()) {
                if (options.only().isEmpty() || options.only().contains(scenario.number())) {
                    results.add(run(scenario, context));
                }
            }
        } finally {
            JavaProcess.destroyAll();
            Conversation.destroyAll();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Report report = new Report(date, Machines.describe(loadBefore, python), COMMAND + options.describe(),
                results, seconds);
        String markdown = MarkdownTable.of(report);
        System.out.println(markdown);
        write(report, markdown, options.out());
        System.exit(0);
    }

    static List<Scenario> scenarios() {
        return List.of(
                new PiThroughput(),
                new FineGrainedMap(),
                new ApplyRoundTrip(),
                new UnevenTasks(),
                new BoundedMemory(),
                new Failover(),
                new ElasticScale(),
                new Straggler(),
                new RecordMap(),
                new DefaultExecutorMembers(),
                new EmbeddedPi(),
                new SeveralDrivers(),
                new NetworkLatency(),
                new TaskOverhead(),
                new SteadyFigures());
    }

    private static ScenarioResult run(Scenario scenario, Context context) {
        progress("scenario " + scenario.number() + ": " + scenario.title());
        long start = System.nanoTime();
        try {
            ScenarioResult result = scenario.run(context);
            progress(String.format(java.util.Locale.ROOT, "scenario %d done in %.0f s", scenario.number(),
                    (System.nanoTime() - start) / 1e9));
            return result;
        } catch (Exception | Error e) {
            progress("scenario " + scenario.number() + " failed: " + e);
            e.printStackTrace();
            return new ScenarioResult(scenario.number(), scenario.title(), "", List.of(), List.of(), List.of(),
                    (System.nanoTime() - start) / 1e9, e.toString());
        } finally {
            JavaProcess.destroyAll();
            Conversation.destroyAll();
        }
    }

    private static void write(Report report, String markdown, Path out) throws IOException {
        Files.createDirectories(out);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(out.resolve("latest.json"), json.writeValueAsString(report) + "\n");
        Files.writeString(out.resolve("latest.md"), markdown);
        Files.writeString(out.resolve("latest.svg"), Chart.svg(report));
        progress("wrote " + out.resolve("latest.json") + ", " + out.resolve("latest.md") + " and "
                + out.resolve("latest.svg"));
    }

    static void progress(String line) {
        System.err.println(line);
        System.err.flush();
    }

    /** The command line: which scenarios, how many rounds, how much of each workload, where to write. */
    record Options(Set<Integer> only, int rounds, double scale, Path out) {

        static Options parse(String[] args) {
            Set<Integer> only = new TreeSet<>();
            int rounds = 3;
            double scale = 1;
            Path out = Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks", "results") : Path.of("results");
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--only" -> {
                        for (String n : value.split(",")) {
                            only.add(Integer.parseInt(n.strip()));
                        }
                        i++;
                    }
                    case "--rounds" -> {
                        rounds = Integer.parseInt(value);
                        i++;
                    }
                    case "--scale" -> {
                        scale = Double.parseDouble(value);
                        i++;
                    }
                    case "--out" -> {
                        out = Path.of(value);
                        i++;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; options: --only 1,2,... --rounds N --scale F --out DIR");
                }
            }
            if (rounds < 1 || scale <= 0 || scale > 1) {
                throw new IllegalArgumentException("--rounds must be at least 1 and --scale in (0, 1]");
            }
            return new Options(only, rounds, scale, out);
        }

        String describe() {
            StringBuilder s = new StringBuilder();
            if (!only.isEmpty()) {
                s.append(" --only ").append(only.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
            }
            if (rounds != 3) {
                s.append(" --rounds ").append(rounds);
            }
            if (scale != 1) {
                s.append(" --scale ").append(scale);
            }
            return s.toString();
        }
    }
}
