package io.gridpool.bench;

/**
 * A target of the issue and whether this run met it: {@code measured} (a ratio, or a figure)
 * against {@code bound}, which it must reach ({@code atLeast}) or stay under.
 *
 * @param goal the target as the issue states it, e.g. "GridPool ≥ 0.9 × LocalPool"
 * @param measured what this run measured, NaN when it could not be measured
 * @param bound the bound of the target
 * @param atLeast whether {@code measured} must be at least {@code bound} (else at most)
 * @param verdict "met", "not met", or "not measured"
 * @param limit what limits the figure, when it is worth saying
 */
public record Target(String goal, double measured, double bound, boolean atLeast, String verdict, String limit) {

    public static Target atLeast(String goal, double measured, double bound, String limit) {
        return new Target(goal, measured, bound, true, verdict(measured, bound, true), limit);
    }

    public static Target atMost(String goal, double measured, double bound, String limit) {
        return new Target(goal, measured, bound, false, verdict(measured, bound, false), limit);
    }

    private static String verdict(double measured, double bound, boolean atLeast) {
        if (Double.isNaN(measured)) {
            return "not measured";
        }
        return (atLeast ? measured >= bound : measured <= bound) ? "met" : "not met";
    }

    public Target withLimit(String limit) {
        return new Target(goal, measured, bound, atLeast, verdict, limit);
    }
}
