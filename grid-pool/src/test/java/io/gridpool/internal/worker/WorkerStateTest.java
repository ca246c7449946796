package io.gridpool.internal.worker;

import io.gridpool.internal.wire.ChunkTask;
import io.gridpool.internal.wire.ObjectCodec;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker's memory of what must not run, under races: no chunk of an ended pool starts, no
 * running chunk escapes a cancel, and a departed driver's chunks stop while its later ones run.
 * The first two are regression tests for the race that kept terminated chunks running on members
 * (a release briefly forgot that its pool was cancelled, and only flagged running chunks).
 */
class WorkerStateTest {

    private final WorkerState state = new WorkerState(ObjectCodec.INSTANCE, null, null,
            queue -> new QueueSize(4, 4));

    @Test
    void release_neverLetsAChunkOfTheEndedPoolStart() throws InterruptedException {
        UUID pool = UUID.randomUUID();
        state.cancel(pool, -1);
        AtomicInteger started = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        Thread chunks = new Thread(() -> {
            go.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                try (Running running = state.start(task(null, pool, 7))) {
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
            Running first = state.start(task(null, pool, call));
            AtomicReference<Running> second = new AtomicReference<>();
            Thread starter = new Thread(() -> second.set(state.start(task(null, pool, call))));
            starter.start();
            first.close();
            starter.join(10_000);
            state.cancel(pool, call);

            assertThat(second.get().cancelled()).as("round %d: the chunk that started sees the cancel", round).isTrue();
            second.get().close();
        }
    }

    @Test
    void driverLeft_itsRunningChunkStops_itsEarlierChunksNeverStart_itsLaterOnesRun() {
        UUID driver = UUID.randomUUID();
        UUID pool = UUID.randomUUID();
        ChunkTask sentBefore = task(driver, pool, 1);
        Running running = state.start(task(driver, pool, 0));
        Running otherDriver = state.start(task(UUID.randomUUID(), UUID.randomUUID(), 0));

        state.driverLeft(driver);

        assertThat(running.cancelled()).as("its running chunk").isTrue();
        assertThat(Thread.interrupted()).as("its thread was interrupted").isTrue();
        assertThat(otherDriver.cancelled()).as("another driver's chunk").isFalse();
        assertThat(state.start(sentBefore)).as("its chunk sent before it left").isNull();
        assertThat(state.start(task(driver, pool, 2))).as("its chunk sent after it came back").isNotNull();
    }

    private static ChunkTask task(UUID driver, UUID pool, long call) {
        return new ChunkTask(driver, pool, call, 0, null, null, null, 0, 0, "test");
    }
}
