package io.gridpool.bench;

import java.util.List;
import java.util.stream.Collectors;

/** The report as Markdown: the run's circumstances, every target's verdict, then each scenario's contenders. */
public final class MarkdownTable {

    private MarkdownTable() {
    }

    public static String of(Report report) {
        StringBuilder md = new StringBuilder();
        Report.Machine m = report.machine();
        md.append("# grid-pool benchmarks\n\n");
        md.append("Run ").append(report.date()).append(" on ").append(m.nproc()).append(" processors (")
                .append(m.cpu()).append(", ").append(String.format(java.util.Locale.ROOT, "%.0f", m.memoryGiB()))
                .append(" GiB), ").append(m.os()).append("; load average ").append(m.loadBefore())
                .append(" before, ").append(m.loadAfter()).append(" after (1, 5, 15 min). ")
                .append(m.java()).append(", ").append(m.python()).append(", Hazelcast ").append(m.hazelcast())
                .append(". The whole run took ").append(Math.round(report.seconds())).append(" s: `")
                .append(report.command()).append("`.\n\n");
        md.append("Each scenario runs its contenders in the same run, interleaved, after a warm-up; a figure is the ")
                .append("median of its rounds. Grid members are processes on this machine's loopback, ")
                .append("sharing its processors with the driver.\n\n");
        targets(md, report.scenarios());
        for (ScenarioResult s : report.scenarios()) {
            scenario(md, s);
        }
        return md.toString();
    }

    private static void targets(StringBuilder md, List<ScenarioResult> scenarios) {
        md.append("## Targets\n\n| # | target | measured | verdict | what limits it |\n|---|---|---|---|---|\n");
        for (ScenarioResult s : scenarios) {
            for (Target t : s.targets()) {
                md.append("| ").append(s.number()).append(" | ").append(cell(t.goal())).append(" | ")
                        .append(measured(t)).append(" | **").append(t.verdict()).append("** | ")
                        .append(cell(t.limit() == null ? "" : t.limit())).append(" |\n");
            }
            if (s.error() != null) {
                md.append("| ").append(s.number()).append(" | ").append(cell(s.title())).append(" | — | **failed** | ")
                        .append(cell(s.error())).append(" |\n");
            }
        }
        md.append('\n');
    }

    private static String measured(Target t) {
        if (Double.isNaN(t.measured())) {
            return "—";
        }
        if (Double.isNaN(t.bound())) {
            return Figures.format(t.measured());
        }
        return (t.goal().contains("×") ? Figures.ratio(t.measured()) : Figures.format(t.measured()))
                + (t.atLeast() ? " ≥ " : " ≤ ") + (t.goal().contains("×") ? Figures.ratio(t.bound())
                : Figures.format(t.bound())) + "?";
    }

    private static void scenario(StringBuilder md, ScenarioResult s) {
        md.append("## ").append(s.number()).append(". ").append(s.title()).append("\n\n");
        md.append(s.setup()).append(" (").append(Math.round(s.seconds())).append(" s)\n\n");
        if (!s.measures().isEmpty()) {
            md.append("| contender | median | unit | rounds | how |\n|---|---|---|---|---|\n");
            for (Measure m : s.measures()) {
                md.append("| ").append(cell(m.contender())).append(" | ").append(Figures.format(m.median()))
                        .append(" | ").append(m.unit()).append(" | ")
                        .append(m.rounds().stream().map(Figures::format).collect(Collectors.joining(", ")))
                        .append(" | ").append(cell(m.note() == null ? "" : m.note())).append(" |\n");
            }
            md.append('\n');
        }
        for (String note : s.notes()) {
            md.append("- ").append(note).append('\n');
        }
        if (s.error() != null) {
            md.append("- **The scenario failed:** ").append(s.error()).append('\n');
        }
        md.append('\n');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
