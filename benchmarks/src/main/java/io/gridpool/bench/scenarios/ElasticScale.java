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
import io.gridpool.bench.process.Suspension;
import io.gridpool.bench.work.Work;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Scenario 7, elastic scale for latency-bound work: tasks that sleep 10 ms on grids of 1, 2, 4, 8
 * and 16 members of four slots, in tasks per second, each grid given the same work per member (so
 * every run takes about as long); 16 members must reach 14 × 1 member. Beside each grid's rate,
 * the driver's processor time per chunk, which should stay flat as the members grow.
 */
public final class ElasticScale implements Scenario {

    /** Public for the chart, which draws the scaling curve from this scenario's rows. */
    public static final int NUMBER = 7;
    /** The rows of the driver's processor time per chunk start with this. */
    public static final String DISPATCH_ROW = "driver processor time per chunk, ";

    private static final int SLOTS = 4;
    private static final int[] SIZES = {1, 2, 4, 8, 16};
    private static final int SLEEP_MILLIS = 10;
    private static final int CHUNK = 10;
    /** Members started at once: sixteen JVMs starting together on two processors would time out. */
    private static final int START_BATCH = 4;
    /** Small members, so that the 31 of all five grids fit on one machine. */
    private static final List<String> MEMBER_JVM = List.of("-Xmx128m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xss512k");

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public String title() {
        return "Elastic scale, latency-bound (tasks/s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        // each slot sleeps through about 3 s of tasks per run, whatever the grid's size
        int perMember = context.scaled(1_200, 40) / CHUNK * CHUNK;
        List<LocalGrid> grids = new ArrayList<>();
        List<GridPool> pools = new ArrayList<>();
        double[] cpu = new double[SIZES.length];
        long[] chunks = new long[SIZES.length];
        try {
            List<Contender> contenders = new ArrayList<>();
            try (Suspension starting = new Suspension()) {
                for (int i = 0; i < SIZES.length; i++) {
                    LocalGrid grid = start(SIZES[i]);
                    grids.add(grid);
                    HazelcastInstance client = grid.client();
                    GridPool pool = GridPool.on(client);
                    pools.add(pool);
                    contenders.add(contender(i, pool, dispatching(client), perMember * SIZES[i], cpu, chunks)
                            .runsOn(grid::processes));
                    starting.only(List.of(), grid.processes()); // idle while the next grids start
                }
            }
            List<Measure> measures = new ArrayList<>(Rounds.interleave(contenders, context.rounds(), context::log));
            for (int i = 0; i < SIZES.length; i++) {
                measures.add(Measure.of(DISPATCH_ROW + members(SIZES[i]), "µs", false,
                        chunks[i] == 0 ? List.of() : List.of(cpu[i] / chunks[i] * 1e6),
                        "processor time of the driver's dispatching threads (the caller's, grid-pool's, this grid's client's) over the measured runs, divided by their chunks"));
            }
            double ratio = measures.get(SIZES.length - 1).median() / measures.get(0).median();
            List<Target> targets = List.of(Target.atLeast("16 members ≥ 14 × 1 member (tasks/s)", ratio, 14,
                    "each chunk's round trip, and the driver and 16 members sharing this machine's processors; "
                            + "the driver's time per chunk is in the rows below the grids"));
            List<String> notes = new ArrayList<>();
            StringBuilder speedUps = new StringBuilder("Speed-up over 1 member:");
            for (int i = 1; i < SIZES.length; i++) {
                speedUps.append(String.format(Locale.ROOT, " %d members %.2f ×%s", SIZES[i],
                        measures.get(i).median() / measures.get(0).median(), i == SIZES.length - 1 ? "." : ","));
            }
            notes.add(speedUps.toString());
            notes.add("The ideal is " + SLOTS + " × " + 1000 / SLEEP_MILLIS + " tasks/s per member (" + SLOTS
                    + " slots, " + SLEEP_MILLIS + " ms sleeps). Each grid gets " + perMember + " tasks per member in "
                    + "chunks of " + CHUNK + ", so every run takes about as long.");
            notes.add("All five grids (31 member processes, " + String.join(" ", MEMBER_JVM) + ") stay up; the "
                    + "rounds stop every grid but the one measured.");
            return new ScenarioResult(number(), title(), perMember + " tasks of " + SLEEP_MILLIS + " ms (sleeps) per "
                    + "member, chunks of " + CHUNK + ", client driver, grids of 1, 2, 4, 8 and 16 member processes of "
                    + SLOTS + " slots", measures, targets, notes, (System.nanoTime() - start) / 1e9, null);
        } finally {
            pools.forEach(GridPool::close);
            grids.forEach(LocalGrid::close);
        }
    }

    /**
     * The driver's threads that dispatch a grid's chunks: the caller's, grid-pool's own and the
     * threads of that grid's client; not the idle clients of the grids that wait.
     */
    private static Predicate<String> dispatching(HazelcastInstance client) {
        String caller = Thread.currentThread().getName();
        String own = client.getName() + ".";
        return name -> name.equals(caller) || name.startsWith("gridpool") || name.contains(own);
    }

    private static Contender contender(int i, GridPool pool, Predicate<String> dispatching, int count, double[] cpu,
                                       long[] chunks) {
        List<Integer> tasks = Collections.nCopies(count, SLEEP_MILLIS);
        return Contender.rate(members(SIZES[i]) + " × " + SLOTS + " slots", "tasks/s", () -> {
            double cpu0 = CpuAccount.threadsCpu(dispatching);
            double seconds = FineGrainedMap.seconds(() -> pool.map(Work::sleep, tasks, CHUNK));
            cpu[i] += CpuAccount.threadsCpu(dispatching) - cpu0;
            chunks[i] += count / CHUNK;
            return count / seconds;
        }, "map of " + count + " tasks of " + SLEEP_MILLIS + " ms in chunks of " + CHUNK)
                .warmedBy(() -> pool.map(Work::sleep, tasks, CHUNK));
    }

    /** A grid of {@code size} members, started a few at a time. */
    private static LocalGrid start(int size) {
        LocalGrid grid = LocalGrid.start("scale" + size, 1, size, SLOTS, null, MEMBER_JVM);
        try {
            for (int started = 1; started < size; ) {
                List<CompletableFuture<?>> batch = new ArrayList<>();
                for (int k = 0; k < START_BATCH && started < size; k++, started++) {
                    batch.add(grid.addMember());
                }
                batch.forEach(CompletableFuture::join);
            }
        } catch (RuntimeException e) {
            grid.close();
            throw e;
        }
        return grid;
    }

    private static String members(int size) {
        return size + (size == 1 ? " member" : " members");
    }
}
