package io.gridpool.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text a run prints: the story's two lines, then the figures behind them. */
final class Report {

    private Report() {
    }

    static List<String> lines(PiEstimate estimate) {
        List<String> lines = new ArrayList<>();
        lines.add("pi ~= " + estimate.pi());
        lines.add(String.format(Locale.ROOT, "Finished in: %.2fs", estimate.seconds()));
        lines.add(String.format(Locale.ROOT, "samples: %,d in %,d tasks of %,d (seed %d)",
                estimate.samples(), estimate.tasks(), estimate.batch(), estimate.seed()));
        lines.add("speed: " + rate(estimate.samplesPerSecond()) + " samples/s");
        lines.add(String.format(Locale.ROOT, "error: %.2e against Math.PI", estimate.error()));
        lines.add("mode: " + estimate.mode() + ", " + workers(estimate));
        int width = estimate.members().stream().mapToInt(s -> s.member().length()).max().orElse(0);
        for (PiEstimate.Share share : estimate.members()) {
            lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %5.1f%%  %,d samples",
                    share.member(), share.share() * 100, share.samples()));
        }
        return lines;
    }

    private static String workers(PiEstimate estimate) {
        return switch (estimate.mode()) {
            case "serial" -> "1 thread";
            case "local" -> estimate.slots() + " threads";
            default -> estimate.members().size() + (estimate.members().size() == 1 ? " member, " : " members, ")
                    + estimate.slots() + " slots";
        };
    }

    /** A rate with a unit prefix: {@code 950.0k}, {@code 543.2M}, {@code 1.21G}. */
    static String rate(double perSecond) {
        if (perSecond >= 1e9) {
            return String.format(Locale.ROOT, "%.2fG", perSecond / 1e9);
        }
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", perSecond / 1e6);
        }
        return String.format(Locale.ROOT, "%.1fk", perSecond / 1e3);
    }
}
