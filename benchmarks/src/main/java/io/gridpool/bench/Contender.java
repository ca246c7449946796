package io.gridpool.bench;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * One contender of a scenario: a name, the unit of its figure, a measurement that runs it once and
 * returns that figure, its warm-up ({@code null} when it warms itself up, as JMH does), and the
 * processes it runs on besides the harness's JVM (its members, its Python pool), which are
 * stopped while another contender is measured.
 */
public record Contender(String name, String unit, boolean higherIsBetter, Callable<Double> once,
                        Callable<?> warmUp, String note, Supplier<List<ProcessHandle>> processes) {

    public Contender {
        processes = processes == null ? List::of : processes;
    }

    /** A contender that runs on no process of its own. */
    public Contender(String name, String unit, boolean higherIsBetter, Callable<Double> once, Callable<?> warmUp,
                     String note) {
        this(name, unit, higherIsBetter, once, warmUp, note, null);
    }

    /** A contender whose figure is a rate, warmed up by one run of its own. */
    public static Contender rate(String name, String unit, Callable<Double> once, String note) {
        return new Contender(name, unit, true, once, once, note);
    }

    /** A contender whose figure is a time, warmed up by one run of its own. */
    public static Contender time(String name, String unit, Callable<Double> once, String note) {
        return new Contender(name, unit, false, once, once, note);
    }

    /** A contender that cannot run here; its row says {@code why}. */
    public static Contender unavailable(String name, String unit, boolean higherIsBetter, String why) {
        return new Contender(name, unit, higherIsBetter, null, null, why);
    }

    /** The same contender with another warm-up; {@code null} for none. */
    public Contender warmedBy(Callable<?> warmUp) {
        return new Contender(name, unit, higherIsBetter, once, warmUp, note, processes);
    }

    /**
     * The same contender, warmed up by runs of its own for at least {@code seconds} (one run at
     * least): enough for the JIT to compile what a short run leaves interpreted, whatever the
     * contender's speed, so every contender of a scenario warms up by the same rule.
     */
    public Contender warmedFor(double seconds) {
        if (once == null) {
            return this;
        }
        return warmedBy(() -> {
            long start = System.nanoTime();
            do {
                once.call();
            } while (System.nanoTime() - start < seconds * 1e9);
            return null;
        });
    }

    /** The same contender, running on {@code processes} (asked afresh before each of its runs). */
    public Contender runsOn(Supplier<List<ProcessHandle>> processes) {
        return new Contender(name, unit, higherIsBetter, once, warmUp, note, processes);
    }
}
