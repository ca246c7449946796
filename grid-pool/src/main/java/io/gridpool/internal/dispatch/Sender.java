package io.gridpool.internal.dispatch;

import io.gridpool.PoolSnapshot;
import io.gridpool.internal.wire.ChunkFate;
import io.gridpool.internal.wire.ChunkResult;
import io.gridpool.internal.worker.Worker;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Sends chunks to their workers and takes each answer once: judges it, frees its window, lets the
 * outbox send the chunk again if it must go again, tells the listeners, and hands the verdict to
 * the chunk's call. No thread waits per chunk: answers arrive through the workers' futures.
 * Thread-safe; what it changes is the outbox, under the pool's lock.
 */
final class Sender {

    /** Results up to this size are read on the thread they arrive on; bigger ones are handed off. */
    private static final int SMALL_RESULT_BYTES = 4096;

    private final PoolLock lock;
    private final Outbox outbox;
    private final Judge judge;
    private final ChunkNews news;
    private final DispatchThreads threads;
    private final Speculation speculation;
    private final ChunkHistory history;
    private final Consumer<Job> pump;
    private final BooleanSupplier callsWaitForRoom;
    private final Consumer<Chunk> drop;
    private final Losers cancel;

    /** Cancels the copies of a chunk that lost: {@code (call, seq, workers)}. */
    @FunctionalInterface
    interface Losers {
        void accept(long call, int seq, List<Worker> on);
    }

    /**
     * @param pump sends what is ready, offering a call (or {@code null}) a turn to read first
     * @param callsWaitForRoom whether a call waits for a free slot to read its input; under the lock
     * @param drop hands a chunk that no call wants back to its call
     * @param cancel stops the copies of a chunk that another copy beat
     */
    Sender(PoolLock lock, Outbox outbox, Judge judge, ChunkNews news, DispatchThreads threads,
           Speculation speculation, ChunkHistory history, Consumer<Job> pump, BooleanSupplier callsWaitForRoom,
           Consumer<Chunk> drop, Losers cancel) {
        this.lock = lock;
        this.outbox = outbox;
        this.judge = judge;
        this.news = news;
        this.threads = threads;
        this.speculation = speculation;
        this.history = history;
        this.pump = pump;
        this.callsWaitForRoom = callsWaitForRoom;
        this.drop = drop;
        this.cancel = cancel;
    }

    void send(Outbox.Attempt attempt) {
        Worker worker = attempt.worker();
        news.submitted(worker.name());
        CompletionStage<ChunkResult> stage;
        try {
            stage = worker.run(attempt.chunk().task());
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        // Hazelcast runs a plain whenComplete on an executor of its own: one more hand-off, which
        // costs a round trip as much as the member's work for a small chunk. Its response thread
        // hands the answer straight to the completion threads instead; for an awaited call it
        // reads a small result itself (for others it would read every big result).
        if (attempt.chunk().job().awaited()) {
            stage.whenCompleteAsync((result, failure) -> arrived(attempt, result, failure), Runnable::run);
        } else {
            stage.whenCompleteAsync((result, failure) -> answered(attempt, result, failure, false),
                    threads::complete);
        }
    }

    /** An answer of an awaited call, often on Hazelcast's response thread, which must not be held. */
    private void arrived(Outbox.Attempt attempt, ChunkResult result, Throwable failure) {
        if (failure == null && result.fate() == ChunkFate.DONE && result.encodedSize() <= SMALL_RESULT_BYTES) {
            answered(attempt, result, null, true);
        } else {
            threads.complete(() -> answered(attempt, result, failure, false));
        }
    }

    /**
     * Takes an answer once. {@code hereOnly}: the thread must not run the user's code nor send,
     * so the listener news is held for the waiting caller and the next sends are handed off.
     */
    private void answered(Outbox.Attempt attempt, ChunkResult result, Throwable failure, boolean hereOnly) {
        Chunk chunk = attempt.chunk();
        Verdict verdict = judge.judge(chunk, attempt.worker(), result, failure);
        Outbox.Answer answer;
        boolean more;
        lock.lock();
        try {
            if (!outbox.takeBack(attempt, result == null ? null : result.load())) {
                return; // abandoned by terminate(): a late answer is ignored
            }
            answer = outbox.answer(attempt, verdict, () -> requeue(chunk));
            if (answer.news() == ChunkFate.DONE) {
                speculation.finished(chunk.job(), chunk.size(), result.timing().ranNanos());
            }
            more = outbox.waiting() > 0 || callsWaitForRoom.getAsBoolean();
            lock.signal();
        } finally {
            lock.unlock();
        }
        ChunkResult.Timing timing = result == null ? ChunkResult.Timing.NONE : result.timing();
        Runnable told = answer.news() == null ? null
                : news.ended(answer.news(), attempt.worker().name(), attempt.nanosOut(), timing.waitedNanos());
        account(attempt, timing, answer.news());
        if (answer.news() == ChunkFate.DONE) {
            chunk.job().chunker().sizer().observe(chunk.size(), timing.ranNanos());
        }
        if (!answer.losers().isEmpty()) {
            Job job = chunk.job();
            threads.complete(() -> cancel.accept(job.id(), chunk.seq(), answer.losers()));
        }
        if (hereOnly) {
            if (told != null && !chunk.job().hold(told)) {
                threads.complete(() -> {
                    told.run(); // the listeners hear of a chunk before its call's caller can have the results
                    end(chunk, answer);
                });
            } else {
                end(chunk, answer);
            }
            if (more) {
                threads.complete(() -> pump.accept(null));
            }
            return;
        }
        if (told != null) {
            told.run(); // the listeners hear of a chunk before its call's caller can have the results
        }
        end(chunk, answer);
        pump.accept(chunk.job());
    }

    private static void end(Chunk chunk, Outbox.Answer answer) {
        if (answer.forCall() != null) {
            chunk.job().chunkEnded(chunk, answer.forCall());
        }
    }

    /** Sends a speculative copy, telling the listeners it is one. */
    void sendCopy(Outbox.Attempt copy) {
        news.speculated(copy.worker().name());
        copy.chunk().job().meter().copied();
        send(copy);
    }

    /**
     * Counts an answer for its call's meter, and keeps it in the history of finished chunks, from
     * the moment it first ran on its worker (or was sent, if it never ran).
     */
    private void account(Outbox.Attempt attempt, ChunkResult.Timing timing, ChunkFate fate) {
        Chunk chunk = attempt.chunk();
        CallMeter meter = chunk.job().meter();
        PoolSnapshot.Outcome outcome;
        if (fate == ChunkFate.DONE) {
            meter.done(chunk.size());
            outcome = PoolSnapshot.Outcome.DONE;
        } else if (fate == ChunkFate.FAILED) {
            meter.failed();
            outcome = PoolSnapshot.Outcome.FAILED;
        } else if (fate != null && fate.resent()) {
            meter.resent();
            outcome = PoolSnapshot.Outcome.RESENT;
        } else {
            outcome = PoolSnapshot.Outcome.CANCELLED;
        }
        long end = System.nanoTime();
        long onSlotSinceStart = timing.ranNanos() + timing.waitedNanos() - timing.startDelayNanos();
        long start = timing.ranNanos() > 0 ? end - onSlotSinceStart : attempt.sentAt();
        history.record(attempt.worker().name(), timing.slot(), chunk, start, end, timing.waitedNanos(), outcome,
                attempt.copy());
    }

    /** A chunk that paused before going out again waits for a slot, unless it is no longer wanted. */
    private void requeue(Chunk chunk) {
        boolean waits = lock.get(() -> {
            lock.signal();
            return outbox.resume(chunk, lock.sending());
        });
        if (!waits) {
            drop.accept(chunk);
        }
        pump.accept(null);
    }
}
