package io.gridpool.bench;

import java.util.List;

/**
 * What one contender of a scenario measured: one value per round, their median, and how to read
 * it. {@code median} is NaN when the contender did not run (then {@code note} says why).
 *
 * @param contender what ran, e.g. "GridPool (2 members, client driver)"
 * @param unit the unit of the values, e.g. "samples/s" or "ms"
 * @param higherIsBetter whether a larger value is better (rates) or worse (times)
 * @param rounds the value of each measured round, in the order they ran
 * @param median the median of the rounds
 * @param note how it was measured, or why it did not run
 */
public record Measure(String contender, String unit, boolean higherIsBetter, List<Double> rounds, double median,
                      String note) {

    public static Measure of(String contender, String unit, boolean higherIsBetter, List<Double> rounds,
                             String note) {
        return new Measure(contender, unit, higherIsBetter, List.copyOf(rounds), Stats.median(rounds), note);
    }

    public static Measure absent(String contender, String unit, boolean higherIsBetter, String why) {
        return new Measure(contender, unit, higherIsBetter, List.of(), Double.NaN, why);
    }

    public boolean ran() {
        return !Double.isNaN(median);
    }
}
