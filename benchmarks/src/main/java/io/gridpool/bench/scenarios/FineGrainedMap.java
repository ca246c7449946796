package io.gridpool.bench.scenarios;

import com.hazelcast.collection.IList;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.jet.pipeline.Pipeline;
import com.hazelcast.jet.pipeline.Sinks;
import com.hazelcast.jet.pipeline.Sources;
import io.gridpool.GridPool;
import io.gridpool.LocalPool;
import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Target;
import io.gridpool.bench.process.LocalGrid;
import io.gridpool.bench.work.AddOneTask;
import io.gridpool.bench.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Scenario 2, a fine-grained map, {@code x -> x + 1} over 10^6 integers, in elements per second:
 * LocalPool, GridPool with its automatic chunk size, a bare IExecutorService with one submission
 * per element, a Jet batch pipeline, and Python's Pool.map.
 */
public final class FineGrainedMap implements Scenario {

    private static final int CORES = PiThroughput.CORES;
    /**
     * Every contender warms up for this long (one run at least): a single run of 10^6 elements left
     * the JIT compiling through the first measured rounds, its compiler threads taking more of the
     * driver's processor time than the map, once the map itself had become cheap.
     */
    static final double WARM_UP_SECONDS = 3;

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String title() {
        return "Fine-grained map, x → x + 1 (elements/s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        int count = context.scaled(1_000_000, 10_000);
        int bareCount = context.scaled(10_000, 1_000);
        List<String> notes = new ArrayList<>();
        double[] jetJobSeconds = new double[1];
        Path jetConfig = jetConfig();
        try (LocalGrid grid = LocalGrid.start("map", 2, 2, CORES, null);
             LocalGrid jetGrid = LocalGrid.start("jet", 2, 2, CORES, jetConfig);
             PythonContenders.PersistentPool python = PythonContenders.persistent(context, "add_one", count)) {
            HazelcastInstance client = grid.client();
            HazelcastInstance jetClient = jetGrid.client();
            try (GridPool pool = GridPool.on(client); LocalPool local = new LocalPool()) {
                List<Integer> inputs = IntStream.range(0, count).boxed().toList();
                List<Integer> bareInputs = inputs.subList(0, bareCount);
                IExecutorService executor = client.getExecutorService(GridPool.DEFAULT_EXECUTOR);
                List<Contender> contenders = new ArrayList<>();
                contenders.add(Contender.rate("LocalPool, " + CORES + " threads", "elements/s",
                        () -> count / checked(FineGrainedMap::seconds, () -> local.map(Work::addOne, inputs), count),
                        "map() of " + count + " Integers in the harness's JVM, one LocalPool kept across the rounds"));
                CpuAccount account = new CpuAccount(grid, context.rounds());
                contenders.add(Contender.rate("GridPool, automatic chunk size", "elements/s",
                        () -> count / checked(account::during, () -> pool.map(Work::addOne, inputs), count),
                        "map() of " + count + " Integers from the client driver, 2 members × " + CORES + " slots")
                        .runsOn(grid::processes));
                contenders.add(Contender.rate("bare IExecutorService, one submission per element", "elements/s",
                        () -> bareCount / checked(FineGrainedMap::seconds, () -> bare(executor, bareInputs), bareCount),
                        "submit(Callable) per element on " + bareCount + " elements, all in flight, then every "
                                + "future joined; same members and executor").runsOn(grid::processes));
                contenders.add(Contender.rate("Jet batch pipeline", "elements/s",
                        () -> count / checked(FineGrainedMap::seconds, () -> jet(jetClient, inputs, jetJobSeconds), count),
                        "IList source → map(x + 1) → IList sink, on 2 members with Jet on; the time includes "
                                + "filling the source list from the driver and reading the results back")
                        .runsOn(jetGrid::processes));
                contenders.add(python.contender("Python multiprocessing.Pool.map", "elements/s",
                        "x + 1 over " + count + " ints"));
                contenders.replaceAll(c -> c.warmedFor(WARM_UP_SECONDS));
                List<Measure> measures = Rounds.interleave(contenders, context.rounds(), context::log);
                notes.add(account.describe("GridPool", count));
                notes.add(String.format(Locale.ROOT, "Of the Jet contender's last run, the job itself (submit to "
                        + "join) took %.3f s; the rest was moving the list in and out.", jetJobSeconds[0]));
                notes.add("Automatic chunk size for a list of " + count + " on " + pool.parallelism() + " slots: "
                        + "ceil(" + count + " / (4 × " + pool.parallelism() + ")) = "
                        + (int) Math.ceil(count / (4.0 * pool.parallelism())) + " elements per chunk.");
                return result(measures, notes, start, count);
            }
        } finally {
            Files.deleteIfExists(jetConfig);
        }
    }

    private ScenarioResult result(List<Measure> measures, List<String> notes, long start, int count) {
        Measure grid = measures.get(1);
        List<Target> targets = List.of(
                Target.atLeast("GridPool ≥ 2.5 × Python's Pool.map", grid.median() / measures.get(4).median(), 2.5,
                        "every element is written and read twice (driver to member and back) and boxed twice "
                                + "on a member (its input and the function's result), on the same 2 processors "
                                + "for the driver and both members (processor time in the notes); Python's Pool "
                                + "pickles whole chunks in C"),
                Target.atLeast("GridPool ≥ 20 × bare IExecutorService (one submission per element)",
                        grid.median() / measures.get(2).median(), 20, null),
                Target.atLeast("GridPool ≥ 1 × Jet batch pipeline", grid.median() / measures.get(3).median(), 1, null),
                Target.atLeast("LocalPool ≥ 4 × Python's Pool.map", measures.get(0).median() / measures.get(4).median(),
                        4, "the function's own boxes (an Integer per result) and the young collections that "
                                + "copy those of the chunks in flight when one falls inside a round; the rounds "
                                + "show the spread"));
        notes.add(String.format(Locale.ROOT, "For reference, GridPool reached %.2f × LocalPool.",
                grid.median() / measures.get(0).median()));
        return new ScenarioResult(number(), title(), "x → x + 1 over " + count + " Integers (the bare executor on "
                + "10^4); grid contenders on 2 member processes of " + CORES + " slots each, client driver",
                measures, targets, notes, (System.nanoTime() - start) / 1e9, null);
    }

    private static List<Integer> bare(IExecutorService executor, List<Integer> inputs) throws Exception {
        List<Future<Integer>> futures = new ArrayList<>(inputs.size());
        for (Integer x : inputs) {
            futures.add(executor.submit(new AddOneTask(x)));
        }
        List<Integer> results = new ArrayList<>(inputs.size());
        for (Future<Integer> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static List<Integer> jet(HazelcastInstance client, List<Integer> inputs, double[] jobSeconds) {
        String id = Long.toHexString(System.nanoTime());
        IList<Integer> in = client.getList("in-" + id);
        IList<Integer> out = client.getList("out-" + id);
        try {
            in.addAll(inputs);
            Pipeline pipeline = Pipeline.create();
            pipeline.readFrom(Sources.<Integer>list(in.getName()))
                    .map(Work::addOne)
                    .writeTo(Sinks.list(out.getName()));
            long t0 = System.nanoTime();
            client.getJet().newJob(pipeline).join();
            jobSeconds[0] = (System.nanoTime() - t0) / 1e9;
            return new ArrayList<>(out);
        } finally {
            in.destroy();
            out.destroy();
        }
    }

    /** Times the call alone, as Python's clock goes around map() alone, then checks its results. */
    private static double checked(Timer timer, Callable<List<Integer>> call, int count) throws Exception {
        List<List<Integer>> results = new ArrayList<>(1);
        double seconds = timer.time(() -> results.add(call.call()));
        check(results.get(0), count);
        return seconds;
    }

    private interface Timer {
        double time(Run run) throws Exception;
    }

    /** Checks that every element came back as x + 1 (in any order: Jet does not keep it). */
    private static List<Integer> check(List<Integer> results, int count) {
        if (results.size() != count) {
            throw new IllegalStateException(results.size() + " results instead of " + count);
        }
        long sum = 0;
        for (Integer r : results) {
            sum += r;
        }
        long expected = (long) count * (count + 1) / 2;
        if (sum != expected) {
            throw new IllegalStateException("the results add up to " + sum + ", not " + expected);
        }
        return results;
    }

    interface Run {
        Object call() throws Exception;
    }

    static double seconds(Run run) throws Exception {
        long t0 = System.nanoTime();
        run.call();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Path jetConfig() throws IOException {
        Path file = Files.createTempFile("gridpool-bench-jet", ".yaml");
        try (InputStream in = FineGrainedMap.class.getResourceAsStream("/io/gridpool/bench/hazelcast-member-jet.yaml")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("hazelcast-member-jet.yaml is missing from the jar"));
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

}
