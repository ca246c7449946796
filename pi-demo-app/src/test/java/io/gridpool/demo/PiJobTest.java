package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** How a job is cut into tasks. */
class PiJobTest {

    @Test
    void tasks_remainder_lastTaskTakesIt() {
        PiJob job = new PiJob(1_050, 100, 1);
        List<TaskCount> counts = new ArrayList<>();
        job.countSerially().forEachRemaining(counts::add);
        assertThat(job.tasks()).isEqualTo(11);
        assertThat(counts).hasSize(11).allMatch(c -> c.worker().equals(TaskCount.THIS_JVM));
        assertThat(counts.get(10).samples()).isEqualTo(50);
        assertThat(counts.stream().mapToLong(TaskCount::samples).sum()).isEqualTo(1_050);
    }

    @Test
    void taskIndices_unsizedAndComplete() {
        Iterable<Long> indices = new PiJob(1_000, 100, 1).taskIndices();
        assertThat(indices).isNotInstanceOf(java.util.Collection.class);
        assertThat(StreamSupport.stream(indices.spliterator(), false).toList()).containsExactly(0L, 1L, 2L, 3L, 4L,
                5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void batch_largerThanSamples_oneTask() {
        assertThat(new PiJob(10, 1_000, 1).tasks()).isEqualTo(1);
    }

    @Test
    void batch_tooSmall_refusedWithAdvice() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PiJob(1_000_000_000, 1, 1))
                .withMessage("batch 1 cuts 1e9 samples into 1e9 tasks; at most 1e8 are allowed, so make the batch larger");
    }
}
