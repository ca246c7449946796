package io.gridpool.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoundsTest {

    @Test
    void interleave_rotatesTheOrderAndTakesMedians() {
        List<String> order = new ArrayList<>();
        Contender a = Contender.rate("a", "x/s", () -> record(order, "a", 1.0), null).warmedBy(null);
        Contender b = Contender.rate("b", "x/s", () -> record(order, "b", 2.0), null).warmedBy(null);
        List<Measure> measures = Rounds.interleave(List.of(a, b), 3, line -> { });
        assertThat(order).containsExactly("a", "b", "b", "a", "a", "b");
        assertThat(measures).extracting(Measure::median).containsExactly(1.0, 2.0);
    }

    @Test
    void interleave_failedContender_reportedWithItsError() {
        Contender broken = Contender.rate("broken", "x/s", () -> {
            throw new IllegalStateException("no members");
        }, null).warmedBy(null);
        Measure measure = Rounds.interleave(List.of(broken), 2, line -> { }).get(0);
        assertThat(measure.ran()).isFalse();
        assertThat(measure.note()).contains("no members");
    }

    @Test
    void interleave_unavailableContender_saysWhy() {
        Measure measure = Rounds.interleave(List.of(Contender.unavailable("python", "x/s", true,
                "no python3 on this machine")), 2, line -> { }).get(0);
        assertThat(measure.note()).isEqualTo("not run: no python3 on this machine");
    }

    @Test
    void interleave_otherContendersProcesses_stoppedWhileOneRuns() throws Exception {
        Process idle = new ProcessBuilder("sleep", "60").start();
        try {
            List<Character> seen = new ArrayList<>();
            Contender owner = Contender.rate("owner", "x/s", () -> record(seen, state(idle), 1.0), null)
                    .runsOn(() -> List.of(idle.toHandle()));
            Contender other = Contender.rate("other", "x/s", () -> record(seen, state(idle), 2.0), null);
            Rounds.interleave(List.of(owner, other), 1, line -> { });
            // warm-ups, then round 1: owner, other
            assertThat(seen).containsExactly('S', 'T', 'S', 'T');
            assertThat(state(idle)).as("continued once the rounds are over").isEqualTo('S');
        } finally {
            idle.destroyForcibly();
        }
    }

    private static char state(Process process) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + process.pid() + "/stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }

    private static <T> double record(List<T> seen, T what, double value) {
        seen.add(what);
        return value;
    }

    private static double record(List<String> order, String name, double value) {
        order.add(name);
        return value;
    }
}
