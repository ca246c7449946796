package io.gridpool.bench.scenarios;

import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.process.Python;

import java.util.List;

/** The Python baselines, as contenders; without python3 they are there and say so. */
final class PythonContenders {

    private static final long TIMEOUT_SECONDS = 300;

    private PythonContenders() {
    }

    static void addPi(Context context, List<Contender> contenders, long serialSamples, long poolSamples) {
        contenders.add(contender(context, "Python serial (the story's step 1)", "samples/s", "pi_serial.py",
                serialSamples, "python3 subprocess, " + PiThroughput.sci(serialSamples) + " samples"));
        contenders.add(contender(context, "Python multiprocessing.Pool (step 2)", "samples/s", "pi_pool.py",
                poolSamples, "python3 subprocess, Pool() of os.cpu_count() processes, "
                        + PiThroughput.sci(poolSamples) + " samples; the clock starts after Pool()"));
    }

    static void addMap(Context context, List<Contender> contenders, long count) {
        contenders.add(contender(context, "Python multiprocessing.Pool.map", "elements/s", "map_pool.py", count,
                "python3 subprocess, Pool() of os.cpu_count() processes, default chunksize; clock around map()"));
    }

    private static Contender contender(Context context, String name, String unit, String script, long items,
                                       String note) {
        if (context.python().isEmpty()) {
            return Contender.unavailable(name, unit, true, "no python3 on this machine");
        }
        Python python = context.python().get();
        return Contender.rate(name, unit, () -> python.run(script, TIMEOUT_SECONDS, String.valueOf(items)).rate(),
                note).warmedBy(null);
    }
}
