package io.gridpool.internal.worker;

import io.gridpool.internal.wire.ObjectCodec;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker's memory of cancelled calls and ended pools, under races: no chunk of an ended pool
 * may start, and no running chunk may escape a cancel. Regression tests for the race that kept
 * terminated chunks running on members (a release briefly forgot that its pool was cancelled).
 */
class WorkerStateTest {

    private final WorkerState state = new WorkerState(ObjectCodec.INSTANCE, null, null);

    @Test
    void release_neverLetsAChunkOfTheEndedPoolStart() throws InterruptedException {
        UUID pool = UUID.randomUUID();
        state.cancel(pool, -1);
        AtomicInteger started = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        Thread chunks = new Thread(() -> {
            go.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                try (WorkerState.Running running = state.start(pool, 7)) {
                    if (running != null) {
                        started.incrementAndGet();
                    }
                }
            }
        });
        chunks.start();
        go.await(10, TimeUnit.SECONDS);
        for (int i = 0; i < 200_000; i++) {
            state.release(pool);
            state.cancel(pool, 7);
        }
        chunks.interrupt();
        chunks.join(10_000);

        assertThat(started).as("chunks of the ended pool that started").hasValue(0);
    }

    @Test
    void cancel_reachesEveryChunkThatStarted_whileOthersOfTheCallClose() throws InterruptedException {
        UUID pool = UUID.randomUUID();
        for (int round = 0; round < 2_000; round++) {
            long call = round;
            WorkerState.Running first = state.start(pool, call);
            AtomicReference<WorkerState.Running> second = new AtomicReference<>();
            Thread starter = new Thread(() -> second.set(state.start(pool, call)));
            starter.start();
            first.close();
            starter.join(10_000);
            state.cancel(pool, call);

            assertThat(second.get().cancelled()).as("round %d: the chunk that started sees the cancel", round).isTrue();
            second.get().close();
            Thread.interrupted();
        }
    }
}
