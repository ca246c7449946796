package io.gridpool.bench.scenarios;

import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.process.Conversation;
import io.gridpool.bench.process.Python;

import java.util.List;

/** The Python baselines, as contenders; without python3 they are there and say so. */
final class PythonContenders {

    private static final long TIMEOUT_SECONDS = 300;

    private PythonContenders() {
    }

    static void addSerialPi(Context context, List<Contender> contenders, long serialSamples) {
        String name = "Python serial (the story's step 1)";
        if (context.python().isEmpty()) {
            contenders.add(Contender.unavailable(name, "samples/s", true, "no python3 on this machine"));
            return;
        }
        Python python = context.python().get();
        contenders.add(Contender.rate(name, "samples/s", () -> python.run("pi_serial.py", TIMEOUT_SECONDS,
                String.valueOf(serialSamples)).rate(), "python3 subprocess per run, "
                + PiThroughput.sci(serialSamples) + " samples; one warm-up run like every contender"));
    }

    /**
     * A {@code multiprocessing.Pool} of {@code os.cpu_count()} processes made once and kept alive
     * across the rounds, as the Java pools are; each run is one timed {@code Pool.map} of
     * {@code work} over {@code count} items. Close it when the scenario is done.
     */
    static PersistentPool persistent(Context context, String work, long count) {
        return new PersistentPool(context.python().map(p -> p.serve(work, count)).orElse(null));
    }

    /** A live Python pool, or none when there is no python3; closing it ends the pool. */
    static final class PersistentPool implements AutoCloseable {
        private final Conversation pool;

        private PersistentPool(Conversation pool) {
            this.pool = pool;
        }

        Contender contender(String name, String unit, String what) {
            if (pool == null) {
                return Contender.unavailable(name, unit, true, "no python3 on this machine");
            }
            return Contender.rate(name, unit, () -> Python.run(pool.ask("run", TIMEOUT_SECONDS)).rate(),
                    "one persistent python3 process, Pool() of os.cpu_count() processes made once and kept across "
                            + "the rounds; " + what + ", default chunksize; clock around map()")
                    .runsOn(pool::processes);
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.close();
            }
        }
    }
}
