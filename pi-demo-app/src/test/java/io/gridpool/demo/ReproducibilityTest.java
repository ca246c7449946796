package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridpool.GridPool;
import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.testing.EmbeddedCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One seed, one π: whatever the mode, the number of members, or where each task ran. */
class ReproducibilityTest {

    private static final PiJob JOB = new PiJob(20_000_000, 50_000, 2024);

    private static EmbeddedCluster cluster;
    private static long serialInside;

    @BeforeAll
    static void startGridAndRunSerially() {
        cluster = EmbeddedCluster.start(2, 2);
        serialInside = new PiEstimator(Mode.SERIAL, null, null).estimate(JOB, Progress.none()).inside();
    }

    @AfterAll
    static void stopGrid() {
        cluster.close();
    }

    @Test
    void localPool_sameCountAsSerial() {
        try (Pool pool = new LocalPool(3)) {
            assertThat(estimate(Mode.LOCAL, pool).inside()).isEqualTo(serialInside);
        }
    }

    @Test
    void serializingLocalPool_sameCountAsSerial() {
        try (Pool pool = LocalPool.builder().serializing(true).build()) {
            assertThat(estimate(Mode.LOCAL, pool).inside()).isEqualTo(serialInside);
        }
    }

    @Test
    void gridOfTwo_sameCountAsSerial_bothMembersThrew() {
        try (Pool pool = GridPool.on(cluster.member(0))) {
            PiEstimate estimate = new PiEstimator(Mode.GRID, pool, cluster.member(0)).estimate(JOB, Progress.none());
            assertThat(estimate.inside()).isEqualTo(serialInside);
            assertThat(estimate.members()).hasSize(2).allMatch(share -> share.samples() > 0);
            assertThat(estimate.members().stream().mapToLong(PiEstimate.Share::samples).sum()).isEqualTo(JOB.samples());
        }
    }

    @Test
    void gridOfTwo_throughAClient_fixedChunks_sameCountAsSerial() {
        try (Pool pool = GridPool.builder(cluster.client()).chunkSize(7).build()) {
            assertThat(new PiEstimator(Mode.GRID, pool, cluster.member(0)).estimate(JOB, Progress.none()).inside())
                    .isEqualTo(serialInside);
        }
    }

    @Test
    void estimate_piFromTheCount() {
        PiEstimate estimate = new PiEstimator(Mode.SERIAL, null, null).estimate(JOB, Progress.none());
        assertThat(estimate.pi()).isEqualTo(4.0 * serialInside / JOB.samples());
        assertThat(estimate.error()).isLessThan(2e-3);
        assertThat(estimate.members()).containsExactly(new PiEstimate.Share(TaskCount.THIS_JVM, JOB.samples(), 1.0));
    }

    private static PiEstimate estimate(Mode mode, Pool pool) {
        return new PiEstimator(mode, pool, null).estimate(JOB, Progress.none());
    }
}
