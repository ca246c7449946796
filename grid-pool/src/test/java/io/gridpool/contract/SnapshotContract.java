package io.gridpool.contract;

import io.gridpool.PoolSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.gridpool.contract.Inputs.range;
import static io.gridpool.contract.Inputs.squares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The snapshot a program reads at any time: a running call with its method, function and
 * progress, the workers with their slots, and the finished chunks (their bound is the engine's,
 * shown on a {@code LocalPool}, where thousands of chunks are quick).
 */
interface SnapshotContract extends PoolUnderTest {

    @Test
    default void snapshot_showsARunningCall_itsWorkers_andItsFinishedChunks() throws Exception {
        CompletableFuture<List<Integer>> call = pool().mapAsync(Tasks.squareAfter(30), range(40), 1);

        PoolSnapshot during = await().atMost(WAIT).until(() -> pool().snapshot(),
                s -> !s.calls().isEmpty() && s.calls().get(0).elementsDone() > 0);

        PoolSnapshot.Call running = during.calls().get(0);
        assertThat(running.method()).isEqualTo("map");
        assertThat(running.function()).contains(Tasks.class.getName());
        assertThat(running.elementsKnown()).isEqualTo(40);
        assertThat(running.sizeKnown()).isTrue();
        assertThat(running.chunksCut()).isBetween(running.chunksDone(), 40);
        assertThat(running.timeLeft()).isNotNull();
        assertThat(during.workers()).isNotEmpty();
        assertThat(during.workers().stream().mapToInt(PoolSnapshot.Worker::slots).sum()).isEqualTo(SLOTS);
        assertThat(call.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(squares(40));

        PoolSnapshot after = await().atMost(WAIT).until(() -> pool().snapshot(), s -> s.calls().isEmpty());
        // a speculative copy that lost shows as cancelled: each chunk's results were taken once
        assertThat(after.chunks()).filteredOn(chunk -> chunk.outcome() == PoolSnapshot.Outcome.DONE).hasSize(40)
                .allSatisfy(chunk -> {
                    assertThat(chunk.elements()).isEqualTo(1);
                    assertThat(chunk.slot()).isBetween(0, SLOTS - 1);
                    assertThat(chunk.end()).isAfterOrEqualTo(chunk.start());
                });
        assertThat(after.chunks()).allSatisfy(chunk -> assertThat(chunk.outcome())
                .isIn(PoolSnapshot.Outcome.DONE, PoolSnapshot.Outcome.CANCELLED));
        assertThat(after.workers().stream().mapToLong(PoolSnapshot.Worker::chunksDone).sum()).isEqualTo(40);
    }
}
