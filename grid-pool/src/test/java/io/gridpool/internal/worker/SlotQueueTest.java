package io.gridpool.internal.worker;

import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The member's own queue in front of its slots, without a cluster: who gets a free slot (rank,
 * then the call with the fewest slots, then round-robin), when a running chunk gives way, the
 * bound on what the queue holds, and a drain.
 */
class SlotQueueTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final UUID driver = UUID.randomUUID();
    private final UUID poolA = UUID.randomUUID();
    private final UUID poolB = UUID.randomUUID();

    @Test
    void freeSlot_grantedAtOnce() {
        SlotQueue queue = new SlotQueue(2, 8);

        Turn turn = queue.enter(call(poolA, 1), 0);

        assertThat(turn.running()).isTrue();
        assertThat(queue.load(poolB, 0).othersRunning()).isEqualTo(1);
    }

    @Test
    void full_chunkTurnedAway_whenNoCallHasTwoMoreThanItsOwn() {
        SlotQueue queue = new SlotQueue(1, 2);
        queue.enter(call(poolA, 1), 0);
        queue.enter(call(poolB, 1), 0);

        assertThat(queue.enter(call(UUID.randomUUID(), 1), 0)).isNull();
        assertThat(queue.load(poolB, 0)).satisfies(load -> {
            assertThat(load.othersRunning()).isEqualTo(1);
            assertThat(load.waiting()).isEqualTo(1);
            assertThat(load.otherPools()).isEqualTo(1);
        });
    }

    @Test
    void full_newcomerTakesThePlaceOfTheLastComeChunkOfACallWithTwoMore() throws Exception {
        SlotQueue queue = new SlotQueue(1, 3);
        Turn running = queue.enter(call(poolA, 1), 0);
        Turn first = queue.enter(call(poolA, 1), 0);
        Turn last = queue.enter(call(poolA, 1), 0);

        Turn newcomer = queue.enter(call(poolB, 1), 0);

        assertThat(newcomer).isNotNull();
        assertThat(last.await()).as("the last come of A, which never ran").isEqualTo(Turn.Phase.BUSY);
        assertThat(queue.load(poolB, 0).waiting()).as("A's first waiting chunk, and B's").isEqualTo(2);
        assertThat(running.running()).isTrue();
        assertThat(first.running()).isFalse();
    }

    @Test
    void full_higherPriorityTakesThePlaceOfALowerOne() throws Exception {
        SlotQueue queue = new SlotQueue(1, 2);
        queue.enter(call(poolA, 1), 0);
        Turn low = queue.enter(call(poolB, 1), 0);

        assertThat(queue.enter(call(UUID.randomUUID(), 1), 5)).isNotNull();
        assertThat(low.await()).isEqualTo(Turn.Phase.BUSY);
    }

    @Test
    void load_countsTheOtherPoolsOfEqualOrHigherPriority() {
        SlotQueue queue = new SlotQueue(2, 8);
        queue.enter(call(poolA, 1), 0);
        queue.enter(call(poolB, 1), 5);

        assertThat(queue.load(UUID.randomUUID(), 5).otherPools()).as("B only").isEqualTo(1);
        assertThat(queue.load(UUID.randomUUID(), 0).otherPools()).as("A and B").isEqualTo(2);
        assertThat(queue.load(poolA, 0).othersRunning()).isEqualTo(1);
    }

    @Test
    void freedSlot_goesToTheHigherPriority_notTheFirstCome() throws Exception {
        SlotQueue queue = new SlotQueue(1, 8);
        Turn running = queue.enter(call(poolA, 1), 0);
        Turn low = queue.enter(call(poolA, 2), 0);
        Turn high = queue.enter(call(poolB, 1), 10);

        running.leave();

        assertThat(high.running()).isTrue();
        assertThat(low.running()).isFalse();
    }

    @Test
    void freedSlot_amongEqualRanks_goesToTheCallWithFewestSlots() {
        SlotQueue queue = new SlotQueue(2, 16);
        Turn a1 = queue.enter(call(poolA, 1), 0);
        queue.enter(call(poolA, 1), 0);
        Turn a3 = queue.enter(call(poolA, 1), 0);
        Turn b1 = queue.enter(call(poolB, 1), 0);

        a1.leave();

        assertThat(b1.running()).as("B holds no slot, A holds one").isTrue();
        assertThat(a3.running()).isFalse();
    }

    @Test
    void freedSlot_amongEqualRanksAndSlots_goesRoundRobin() {
        SlotQueue queue = new SlotQueue(1, 16);
        Turn a1 = queue.enter(call(poolA, 1), 0);
        Turn a2 = queue.enter(call(poolA, 1), 0);
        Turn b1 = queue.enter(call(poolB, 1), 0);

        a1.leave();
        assertThat(b1.running()).as("B was served longest ago").isTrue();
        Turn b2 = queue.enter(call(poolB, 1), 0);
        b1.leave();
        assertThat(a2.running()).as("then A again").isTrue();
        assertThat(b2.running()).isFalse();
    }

    @Test
    void running_givesWay_toAHigherRank_atOnce() {
        SlotQueue queue = new SlotQueue(1, 8);
        Turn low = queue.enter(call(poolA, 1), 0);
        queue.enter(call(poolB, 1), 5);

        assertThat(queue.othersWait(low)).isTrue();
        assertThat(queue.outranked(low, System.nanoTime())).isTrue();
    }

    @Test
    void running_keepsItsSlot_whileOnlyItsOwnCallWaits() {
        SlotQueue queue = new SlotQueue(1, 8);
        Turn first = queue.enter(call(poolA, 1), 0);
        queue.enter(call(poolA, 1), 0);

        assertThat(queue.othersWait(first)).isFalse();
        assertThat(queue.outranked(first, first.grantedAt() + 10 * SECOND)).isFalse();
    }

    @Test
    void running_givesWay_toACallOfEqualRankWithTwoSlotsFewer_afterTheMinimumRun() {
        SlotQueue queue = new SlotQueue(2, 8);
        Turn a1 = queue.enter(call(poolA, 1), 0);
        queue.enter(call(poolA, 1), 0);
        queue.enter(call(poolB, 1), 0);
        long start = a1.grantedAt();

        assertThat(queue.outranked(a1, start + SlotQueue.MIN_RUN_NANOS - 1)).isFalse();
        assertThat(queue.outranked(a1, start + SlotQueue.MIN_RUN_NANOS)).isTrue();
    }

    @Test
    void running_givesWay_toACallOfEqualRankWithOneSlotFewer_afterATimeSlice() {
        SlotQueue queue = new SlotQueue(2, 8);
        Turn a = queue.enter(call(poolA, 1), 0);
        queue.enter(call(poolB, 1), 0);
        queue.enter(call(UUID.randomUUID(), 1), 0);
        long start = a.grantedAt();

        assertThat(queue.outranked(a, start + SlotQueue.SLICE_NANOS - 1)).isFalse();
        assertThat(queue.outranked(a, start + SlotQueue.SLICE_NANOS)).isTrue();
    }

    @Test
    void waiting_risesWithAge_soALowPriorityIsNeverStarved() {
        SlotQueue queue = new SlotQueue(1, 8);
        Turn high = queue.enter(call(poolA, 1), 3);
        Turn low = queue.enter(call(poolB, 1), 0);
        long now = high.grantedAt();

        assertThat(low.rank(now)).isZero();
        assertThat(queue.outranked(high, now + 3 * SECOND)).as("equal rank after 3 s").isFalse();
        assertThat(queue.outranked(high, now + 4 * SECOND + SlotQueue.AGING_NANOS)).as("higher after 4 s").isTrue();
    }

    @Test
    void givingWay_thenWaitsItsTurn_andRunsOnWhenTheHigherRankLeaves() throws Exception {
        SlotQueue queue = new SlotQueue(1, 8);
        Turn low = queue.enter(call(poolA, 1), 0);
        Turn high = queue.enter(call(poolB, 1), 9);
        CompletableFuture<Void> gaveWay = CompletableFuture.runAsync(() -> {
            try {
                low.giveWayIfOutranked();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        await().atMost(10, TimeUnit.SECONDS).until(high::running);
        assertThat(gaveWay).isNotDone();
        high.leave();
        gaveWay.get(10, TimeUnit.SECONDS);
        assertThat(low.running()).isTrue();
        assertThat(low.timing(System.nanoTime()).waitedNanos()).isPositive();
    }

    @Test
    void drain_turnsAwayTheChunksThatNeverRan_notThoseThatGaveWay() throws Exception {
        SlotQueue queue = new SlotQueue(1, 8);
        Turn running = queue.enter(call(poolA, 1), 0);
        Turn fresh = queue.enter(call(poolA, 2), 0);
        CompletableFuture<Turn.Phase> admitted = CompletableFuture.supplyAsync(() -> {
            try {
                return fresh.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        queue.refuseWaiting();

        assertThat(admitted.get(10, TimeUnit.SECONDS)).isEqualTo(Turn.Phase.REFUSED);
        assertThat(running.running()).isTrue();
        assertThat(queue.load(poolB, 0).waiting()).isZero();
    }

    @Test
    void cancelWhileWaiting_leavesTheQueue() throws Exception {
        SlotQueue queue = new SlotQueue(1, 2);
        Turn running = queue.enter(call(poolA, 1), 0);
        Turn waiting = queue.enter(call(poolB, 1), 0);
        Thread waiter = new Thread(() -> {
            try {
                waiting.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        await().atMost(10, TimeUnit.SECONDS).until(() -> waiter.getState() == Thread.State.WAITING);

        waiter.interrupt();
        waiter.join(10_000);

        assertThat(queue.load(poolA, 0).waiting()).isZero();
        assertThat(queue.enter(call(poolB, 2), 0)).as("room again").isNotNull();
        running.leave();
    }

    private SlotQueue.CallKey call(UUID pool, long call) {
        return new SlotQueue.CallKey(driver, pool, call);
    }
}
