package io.gridpool.bench.scenarios;

import com.hazelcast.function.FunctionEx;
import io.gridpool.GridPool;
import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Target;
import io.gridpool.bench.process.LocalGrid;
import io.gridpool.bench.work.Point;
import io.gridpool.bench.work.SerialPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Scenario 10, a map over small records, in elements per second: {@code p -> new P(p.b(), p.a())}
 * over 10^6 {@code record P(double a, double b)}, plain (Compact) and {@code Serializable} (Java
 * serialization), on GridPool, against Python's Pool swapping as many tuples of two floats.
 */
public final class RecordMap implements Scenario {

    private static final int CORES = PiThroughput.CORES;

    @Override
    public int number() {
        return 10;
    }

    @Override
    public String title() {
        return "Map over records, (a, b) → (b, a) (elements/s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        int count = context.scaled(1_000_000, 10_000);
        List<String> notes = new ArrayList<>();
        try (LocalGrid grid = LocalGrid.start("records", 2, 2, CORES, null);
             PythonContenders.PersistentPool python = PythonContenders.persistent(context, "swap", count);
             GridPool pool = GridPool.on(grid.client())) {
            List<Point> points = IntStream.range(0, count).mapToObj(i -> new Point(i, i * 0.5)).toList();
            List<SerialPoint> serialPoints = IntStream.range(0, count).mapToObj(i -> new SerialPoint(i, i * 0.5))
                    .toList();
            CpuAccount plainCpu = new CpuAccount(grid, context.rounds());
            CpuAccount serialCpu = new CpuAccount(grid, context.rounds());
            List<Contender> contenders = List.of(
                    Contender.rate("GridPool, record (Compact)", "elements/s",
                            () -> count / timed(plainCpu, pool, Point::swap, points, Point::a, count),
                            "map() of " + count + " record Point(double a, double b) from the client driver, "
                                    + "2 members × " + CORES + " slots").runsOn(grid::processes),
                    Contender.rate("GridPool, record implements Serializable", "elements/s",
                            () -> count / timed(serialCpu, pool, SerialPoint::swap, serialPoints, SerialPoint::a,
                                    count), "the same map over record SerialPoint(double a, double b) implements "
                                    + "Serializable; Hazelcast writes it with Java serialization")
                            .runsOn(grid::processes),
                    python.contender("Python multiprocessing.Pool.map, tuples", "elements/s",
                            "(a, b) → (b, a) over " + count + " tuples of two floats"));
            List<Measure> measures = Rounds.interleave(contenders, context.rounds(), context::log);
            notes.add(plainCpu.describe("GridPool over the plain record", count));
            notes.add(serialCpu.describe("GridPool over the Serializable record", count));
            double pythonRate = measures.get(2).median();
            List<Target> targets = List.of(
                    Target.atLeast("GridPool over a record ≥ 2 × Python's Pool over tuples",
                            measures.get(0).median() / pythonRate, 2, "the driver's processor time per element "
                                    + "(notes): it writes and reads every record, on the 2 processors the members use"),
                    Target.atLeast("GridPool over a Serializable record ≥ 2 × Python's Pool over tuples",
                            measures.get(1).median() / pythonRate, 2, "Java serialization of every element, "
                                    + "which Hazelcast picks for a Serializable record"));
            return new ScenarioResult(number(), title(), count + " records of two doubles (Python: tuples of two "
                    + "floats); GridPool on 2 member processes of " + CORES + " slots each, client driver",
                    measures, targets, notes, (System.nanoTime() - start) / 1e9, null);
        }
    }

    /** Times one map, then checks every result is its input swapped (the sum of the a's is that of the b's). */
    private static <P> double timed(CpuAccount account, GridPool pool, FunctionEx<P, P> swap, List<P> inputs,
                                    ToDoubleFunction<P> a, int count) throws Exception {
        List<List<P>> results = new ArrayList<>(1);
        double seconds = account.during(() -> results.add(pool.map(swap, inputs)));
        List<P> out = results.get(0);
        double expected = count * (count - 1.0) / 2 * 0.5;
        double sum = out.stream().mapToDouble(a).sum();
        if (out.size() != count || sum != expected) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%d results whose a's add up to %.1f, "
                    + "expected %d adding up to %.1f", out.size(), sum, count, expected));
        }
        return seconds;
    }
}
