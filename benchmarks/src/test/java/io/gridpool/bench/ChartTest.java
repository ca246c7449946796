package io.gridpool.bench;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTest {

    @Test
    void svg_targetsAndScaling_wellFormedWithABarPerTargetAndTheCurve() throws Exception {
        ScenarioResult map = new ScenarioResult(2, "map", "", List.of(), List.of(
                Target.atLeast("GridPool ≥ 2.5 × Python & co <fast>", 2.7, 2.5, null),
                Target.atMost("p50 ≤ 1.2 × bare", 1.5, 1.2, null),
                Target.atLeast("not run ≥ 1 ×", Double.NaN, 1, null)), List.of(), 1, null);
        ScenarioResult scaling = new ScenarioResult(7, "scale", "", List.of(
                Measure.of("1 member × 4 slots", "tasks/s", true, List.of(400.0), ""),
                Measure.of("16 members × 4 slots", "tasks/s", true, List.of(6000.0), ""),
                Measure.of("driver processor time per chunk, 16 members", "µs", false, List.of(80.0), "")),
                List.of(), List.of(), 1, null);
        Report report = new Report("2026-01-01T00:00:00Z", new Report.Machine(2, "cpu", 8, "0 0 0", "0 0 0", "os",
                "java", "python", "5.7.0"), "cmd", List.of(map, scaling), 10);

        String svg = Chart.svg(report);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).contains("2.70× (target ≥ 2.5×)", "1.50× (target ≤ 1.2×)", "not measured",
                "&lt;fast&gt;", "15×", "16 members: 80.0 µs");
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(1);
    }

    @Test
    void svg_upperBoundOfZero_aBarToTheLineWhenMet_noneWhenNot() {
        ScenarioResult copies = new ScenarioResult(13, "drivers", "", List.of(), List.of(
                Target.atMost("copies ≤ 0", 0, 0, null),
                Target.atMost("copies again ≤ 0", 4, 0, null)), List.of(), 1, null);
        Report report = new Report("2026-01-01T00:00:00Z", new Report.Machine(2, "cpu", 8, "0 0 0", "0 0 0", "os",
                "java", "python", "5.7.0"), "cmd", List.of(copies), 10);

        String svg = Chart.svg(report);

        assertThat(svg).contains("0.00 (target ≤ 0.00)", "4.00 (target ≤ 0.00)")
                .contains("width=\"110\" height=\"14\" fill=\"#2e7d32\"")
                .contains("width=\"1\" height=\"14\" fill=\"#c62828\"")
                .doesNotContain("NaN");
    }
}
