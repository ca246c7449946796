package io.gridpool.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as a picture ({@code latest.svg}), hand-written SVG: every target's measured ratio as
 * a bar against its target line, and scenario 7's scaling curve (speed-up over one member against
 * the ideal) with the driver's processor time per chunk.
 */
public final class Chart {

    private static final int WIDTH = 960;
    private static final int LABEL = 430;
    private static final int BAR = 330;
    private static final int ROW = 24;
    /** Bars are drawn up to this many times their target; longer ones are cut, their value still written. */
    private static final double MAX_SCORE = 3;
    private static final String MET = "#2e7d32";
    private static final String NOT_MET = "#c62828";
    private static final String FONT = "font-family=\"sans-serif\"";
    private static final Pattern MEMBERS = Pattern.compile("^(\\d+) members? ");

    private Chart() {
    }

    public static String svg(Report report) {
        List<Bar> bars = bars(report);
        ScenarioResult scaling = report.scenarios().stream().filter(s -> s.number() == 7).findFirst().orElse(null);
        int barsHeight = 80 + Math.max(1, bars.size()) * ROW + 40;
        int height = barsHeight + 380;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" %s font-size=\"12\">\n", WIDTH, height, WIDTH, height, FONT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, height));
        text(svg, 20, 28, "grid-pool benchmarks, " + report.date() + ", " + report.machine().nproc() + " processors",
                "font-size=\"16\" font-weight=\"bold\"");
        targets(svg, bars, 50);
        scaling(svg, scaling, barsHeight);
        return svg.append("</svg>\n").toString();
    }

    /** One target: its label, how far it got toward its bound (1 = exactly met), and what to write beside it. */
    private record Bar(String label, double score, boolean met, String value) {
    }

    private static List<Bar> bars(Report report) {
        List<Bar> bars = new ArrayList<>();
        for (ScenarioResult s : report.scenarios()) {
            for (Target t : s.targets()) {
                if (Double.isNaN(t.bound())) {
                    continue;
                }
                String label = s.number() + ". " + t.goal();
                boolean ratio = t.goal().contains("×");
                String bound = (t.atLeast() ? "≥ " : "≤ ") + (ratio ? bound(t.bound()) + "×" : Figures.format(t.bound()));
                if (Double.isNaN(t.measured())) {
                    bars.add(new Bar(label, Double.NaN, false, "not measured (target " + bound + ")"));
                } else {
                    double score = score(t);
                    bars.add(new Bar(label, score, "met".equals(t.verdict()),
                            (ratio ? Figures.ratio(t.measured()) : Figures.format(t.measured())) + " (target " + bound + ")"));
                }
            }
        }
        return bars;
    }

    /** How far a target got toward its bound, 1 being exactly met; an upper bound of 0 is met or missed whole. */
    private static double score(Target t) {
        if (t.atLeast()) {
            return t.measured() / t.bound();
        }
        if (t.bound() == 0) {
            return t.measured() <= 0 ? 1 : 0;
        }
        return t.bound() / t.measured();
    }

    private static void targets(StringBuilder svg, List<Bar> bars, int top) {
        text(svg, 20, top, "Targets: each bar is the measured figure over its target, so a bar that reaches the "
                + "line meets it (for an upper bound, target over measured)", "font-size=\"13\"");
        int y0 = top + 26;
        int lineX = LABEL + scaled(1);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = y0 + i * ROW;
            if (i % 2 == 0) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"10\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f4f4\"/>\n",
                        y, WIDTH - 20, ROW));
            }
            text(svg, 20, y + 16, shorten(bar.label(), 64), "");
            if (!Double.isNaN(bar.score())) {
                double shown = Math.min(bar.score(), MAX_SCORE);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n",
                        LABEL, y + 5, Math.max(1, scaled(shown)), ROW - 10, bar.met() ? MET : NOT_MET));
                if (bar.score() > MAX_SCORE) {
                    text(svg, LABEL + scaled(MAX_SCORE) - 12, y + 16, "»", "fill=\"white\" font-weight=\"bold\"");
                }
            }
            text(svg, LABEL + BAR + 10, y + 16, bar.value(), Double.isNaN(bar.score()) ? "fill=\"#777\"" : "");
        }
        int bottom = y0 + Math.max(1, bars.size()) * ROW;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\" "
                + "stroke-dasharray=\"4 3\"/>\n", lineX, y0 - 4, lineX, bottom + 4));
        for (int k = 0; k <= MAX_SCORE; k++) {
            text(svg, LABEL + scaled(k) - 8, bottom + 18, k + "×", "fill=\"#555\"");
        }
        text(svg, lineX + 4, y0 - 6, "target", "fill=\"#555\"");
        if (bars.isEmpty()) {
            text(svg, 20, y0 + 16, "no targets in this run", "fill=\"#777\"");
        }
    }

    private static void scaling(StringBuilder svg, ScenarioResult scaling, int top) {
        text(svg, 20, top + 10, "Scenario 7, latency-bound tasks: speed-up over one member", "font-size=\"13\"");
        List<double[]> points = new ArrayList<>();
        List<String> dispatch = new ArrayList<>();
        if (scaling != null) {
            double one = Double.NaN;
            for (Measure m : scaling.measures()) {
                Matcher match = MEMBERS.matcher(m.contender());
                if (match.find() && m.ran()) {
                    int members = Integer.parseInt(match.group(1));
                    one = members == 1 ? m.median() : one;
                    points.add(new double[] {members, m.median()});
                } else if (m.contender().startsWith("driver processor time per chunk, ") && m.ran()) {
                    dispatch.add(m.contender().substring("driver processor time per chunk, ".length()) + ": "
                            + Figures.format(m.median()) + " " + m.unit());
                }
            }
            for (double[] p : points) {
                p[1] = p[1] / one;
            }
        }
        int left = 70;
        int plotTop = top + 30;
        int size = 300;
        double max = Math.max(16, points.stream().mapToDouble(p -> Math.max(p[0], p[1])).max().orElse(16));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#999\"/>\n", left, plotTop, size, size));
        for (int v = 0; v <= max; v += 4) {
            int x = left + (int) (v / max * size);
            int y = plotTop + size - (int) (v / max * size);
            text(svg, x - 4, plotTop + size + 16, String.valueOf(v), "fill=\"#555\"");
            text(svg, left - 22, y + 4, v + "×", "fill=\"#555\"");
        }
        text(svg, left + size / 2 - 30, plotTop + size + 34, "members", "");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#777\" "
                + "stroke-dasharray=\"5 4\"/>\n", left, plotTop + size, left + size, plotTop));
        text(svg, left + size - 60, plotTop + 24, "ideal", "fill=\"#777\"");
        if (points.isEmpty() || Double.isNaN(points.get(0)[1])) {
            text(svg, left + 20, plotTop + size / 2, "scenario 7 is not in this run", "fill=\"#777\"");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (double[] p : points) {
            int x = left + (int) (p[0] / max * size);
            int y = plotTop + size - (int) (p[1] / max * size);
            line.append(x).append(',').append(y).append(' ');
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#1565c0\"/>\n", x, y));
            text(svg, x + 6, y + 14, Figures.ratio(p[1]), "fill=\"#1565c0\"");
        }
        svg.append("<polyline points=\"").append(line.toString().strip())
                .append("\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\"/>\n");
        int x = left + size + 50;
        text(svg, x, plotTop + 14, "measured speed-up (tasks/s over 1 member's)", "fill=\"#1565c0\"");
        text(svg, x, plotTop + 44, "driver's processor time per chunk:", "");
        for (int i = 0; i < dispatch.size(); i++) {
            text(svg, x + 10, plotTop + 64 + i * 18, dispatch.get(i), "");
        }
    }

    /** A target's bound as the issue writes it: 2.5, 0.9, 14, not 2.50 or 0.900. */
    private static String bound(double bound) {
        return java.math.BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }

    private static int scaled(double score) {
        return (int) Math.round(score / MAX_SCORE * BAR);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void text(StringBuilder svg, int x, int y, String text, String attributes) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\"%s>%s</text>\n", x, y,
                attributes.isEmpty() ? "" : " " + attributes, escape(text)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
