package io.gridpool.bench;

import io.gridpool.bench.process.Suspension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs contenders side by side: each warmed up once, then {@code rounds} rounds in which every
 * contender runs once, the order rotated each round so none always goes first. While one contender
 * warms up or is measured, the processes of all the others are stopped ({@link Suspension}), so
 * that only its own run. A contender that fails is reported with its error and left out of the
 * later rounds; the others go on.
 */
public final class Rounds {

    private Rounds() {
    }

    public static List<Measure> interleave(List<Contender> contenders, int rounds, Consumer<String> log) {
        Map<Contender, List<Double>> values = new LinkedHashMap<>();
        Map<Contender, String> failures = new LinkedHashMap<>();
        contenders.forEach(c -> values.put(c, new ArrayList<>()));
        try (Suspension suspension = new Suspension()) {
            for (Contender contender : contenders) {
                alone(contender, contenders, suspension);
                warmUp(contender, log, failures);
            }
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < contenders.size(); k++) {
                    Contender contender = contenders.get((round + k) % contenders.size());
                    alone(contender, contenders, suspension);
                    Double value = once(contender, "round " + (round + 1), log, failures);
                    if (value != null) {
                        values.get(contender).add(value);
                    }
                }
            }
        }
        List<Measure> measures = new ArrayList<>();
        for (Contender c : contenders) {
            String failure = failures.get(c);
            measures.add(failure != null && values.get(c).isEmpty()
                    ? Measure.absent(c.name(), c.unit(), c.higherIsBetter(), "failed: " + failure)
                    : failure != null
                    ? Measure.of(c.name(), c.unit(), c.higherIsBetter(), values.get(c), "only " + values.get(c).size()
                            + " of " + rounds + " rounds: then it failed: " + failure)
                    : c.once() == null ? Measure.absent(c.name(), c.unit(), c.higherIsBetter(), "not run: " + c.note())
                    : Measure.of(c.name(), c.unit(), c.higherIsBetter(), values.get(c), c.note()));
        }
        return measures;
    }

    /** Stops the processes of every contender but {@code contender}, and continues its own. */
    private static void alone(Contender contender, List<Contender> contenders, Suspension suspension) {
        List<ProcessHandle> waiting = new ArrayList<>();
        for (Contender other : contenders) {
            if (other != contender) {
                waiting.addAll(other.processes().get());
            }
        }
        suspension.only(contender.processes().get(), waiting);
    }

    private static void warmUp(Contender contender, Consumer<String> log, Map<Contender, String> failures) {
        if (contender.warmUp() == null) {
            return;
        }
        try {
            contender.warmUp().call();
            log.accept(String.format("  %-9s %s", "warm-up", contender.name()));
        } catch (Exception e) {
            fail(contender, "warm-up", e, log, failures);
        }
    }

    private static void fail(Contender contender, String when, Exception e, Consumer<String> log,
                             Map<Contender, String> failures) {
        String why = e.getClass().getSimpleName() + ": "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        log.accept("  " + when + " " + contender.name() + " FAILED " + why);
        failures.put(contender, why);
    }

    private static Double once(Contender contender, String when, Consumer<String> log, Map<Contender, String> failures) {
        if (failures.containsKey(contender) || contender.once() == null) {
            return null;
        }
        try {
            double value = contender.once().call();
            log.accept(String.format("  %-9s %-52s %s", when, contender.name(), Figures.format(value) + " "
                    + contender.unit()));
            return value;
        } catch (Exception e) {
            fail(contender, when, e, log, failures);
            return null;
        }
    }
}
