package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The sampling function: reproducible by seed and task, independent streams, and accurate. */
class PiSamplerTest {

    @Test
    void inside_sameSeedAndTask_sameCount() {
        assertThat(PiSampler.inside(42, 7, 100_000)).isEqualTo(PiSampler.inside(42, 7, 100_000));
    }

    @Test
    void inside_otherTaskOrSeed_otherStream() {
        Set<Long> counts = new HashSet<>();
        LongStream.range(0, 50).forEach(task -> counts.add(PiSampler.inside(42, task, 100_000)));
        counts.add(PiSampler.inside(43, 0, 100_000));
        assertThat(counts).hasSizeGreaterThan(40);
    }

    @Test
    void streamSeed_neighbouringTasks_farApart() {
        // SplittableRandom(s + k * gamma) is SplittableRandom(s)'s stream shifted by k draws, so two
        // tasks' streams overlap when their seeds are a small multiple of gamma apart
        long gamma = 0x9E3779B97F4A7C15L;
        long inverse = 0xF1DE83E19937733DL;
        assertThat(gamma * inverse).isEqualTo(1);
        for (long task = 0; task < 1_000; task++) {
            long draws = (PiSampler.streamSeed(1, task + 1) - PiSampler.streamSeed(1, task)) * inverse;
            assertThat(Math.abs(draws)).as("task %d's stream is that of task %d shifted by", task + 1, task)
                    .isGreaterThan(1_000_000_000_000L);
        }
    }

    @Test
    void inside_tenMillionSamples_piWithinFiveSigma() {
        for (long seed = 1; seed <= 3; seed++) {
            long seedOfRun = seed;
            long inside = LongStream.range(0, 100).map(task -> PiSampler.inside(seedOfRun, task, 100_000)).sum();
            double pi = 4.0 * inside / 10_000_000;
            // sigma of 4 * (inside / n) is 4 * sqrt(p (1 - p) / n) with p = pi / 4: 5.2e-4 here
            assertThat(Math.abs(pi - Math.PI)).as("seed %d gave %s", seed, pi).isLessThan(5 * 5.2e-4);
        }
    }

    @Test
    void inside_zeroSamples_zero() {
        assertThat(PiSampler.inside(1, 1, 0)).isZero();
    }

    @Test
    void inside_negativeSamples_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PiSampler.inside(1, 1, -1))
                .withMessage("samples cannot be negative, was -1");
    }
}
