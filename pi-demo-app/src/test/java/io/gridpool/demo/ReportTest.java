package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a run prints: the story's lines first, then the figures; progress only for runs over a second. */
class ReportTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void lines_storyFirst_thenFiguresAndShares() {
        PiEstimate estimate = new PiEstimate(3.1416, 7.3e-6, 1_000_000, 785_400, 0.5, 2e6, "grid", 4, 42, 100_000, 10,
                List.of(new PiEstimate.Share("10.0.0.1:5701", 700_000, 0.7),
                        new PiEstimate.Share("10.0.0.2:5701", 300_000, 0.3)));
        assertThat(Report.lines(estimate)).containsExactly(
                "pi ~= 3.1416",
                "Finished in: 0.50s",
                "samples: 1,000,000 in 10 tasks of 100,000 (seed 42)",
                "speed: 2.0M samples/s",
                "error: 7.30e-06 against Math.PI",
                "mode: grid, 2 members, 4 slots",
                "  10.0.0.1:5701   70.0%  700,000 samples",
                "  10.0.0.2:5701   30.0%  300,000 samples");
    }

    @Test
    void progressLines_afterASecond_atEachTenth() {
        Progress progress = Progress.lines(out);
        progress.counted(500, 1_000, SECOND / 2);
        progress.counted(510, 1_000, SECOND + 1);
        progress.counted(590, 1_000, SECOND + 2);
        progress.counted(700, 1_000, SECOND + 3);
        progress.counted(1_000, 1_000, SECOND + 4);
        progress.finished();
        assertThat(printed()).isEqualTo("""
                progress: 50% of 1,000 samples after 1.0s
                progress: 70% of 1,000 samples after 1.0s
                """);
    }

    @Test
    void progressBar_redrawnInPlace_erasedAtTheEnd() {
        Progress progress = Progress.bar(out);
        progress.counted(100, 1_000, SECOND / 2);
        assertThat(printed()).isEmpty();
        progress.counted(500, 1_000, 2 * SECOND);
        assertThat(printed()).startsWith("\r[###############...............]  50%  500 of 1,000 samples")
                .doesNotContain("\n");
        progress.finished();
        assertThat(printed()).endsWith("\r").doesNotContain("\n");
    }

    @Test
    void shortRun_noProgressAtAll() {
        Progress progress = Progress.bar(out);
        progress.counted(1_000, 1_000, SECOND / 10);
        progress.finished();
        assertThat(printed()).isEmpty();
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
