package io.gridpool.testing.drivers;

import com.hazelcast.function.FunctionEx;
import io.gridpool.GridPool;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One call a driver runs for a test: a map of {@link SleepTask}s over its inputs, started at once,
 * awaited later. It knows when it started and ended (epoch microseconds, one clock for every
 * process of the machine) and the speculative copies its pool sent meanwhile.
 */
final class MapCall {

    private final GridPool pool;
    private final List<Integer> inputs;
    private final long startedAt;
    private final long speculatedBefore;
    private final CompletableFuture<List<Integer>> results;
    /** Completes as {@code results} does, once {@link #endedAt} is set. */
    private final CompletableFuture<List<Integer>> timed;
    private final Runnable cancel;
    private volatile long endedAt;

    private MapCall(GridPool pool, List<Integer> inputs, CompletableFuture<List<Integer>> results, long startedAt,
                    long speculatedBefore, Runnable cancel) {
        this.pool = pool;
        this.inputs = inputs;
        this.results = results;
        this.startedAt = startedAt;
        this.speculatedBefore = speculatedBefore;
        this.cancel = cancel;
        this.timed = results.whenComplete((r, e) -> endedAt = micros());
    }

    /** Starts {@code pool.mapAsync(task, inputs[, chunkSize])}; a chunk size of 0 asks for the automatic one. */
    static MapCall map(GridPool pool, SleepTask task, List<Integer> inputs, int chunkSize) {
        long speculated = pool.stats().chunksSpeculated();
        long start = micros();
        CompletableFuture<List<Integer>> results = chunkSize == 0 ? pool.mapAsync(task, inputs)
                : pool.mapAsync(task, inputs, chunkSize);
        return new MapCall(pool, inputs, results, start, speculated, () -> results.cancel(true));
    }

    /**
     * Starts {@code pool.mapByKey(key -> key, task, keys)} on a thread of its own, the call being
     * blocking; cancelling interrupts that thread, which cancels the call.
     */
    static MapCall mapByKey(GridPool pool, SleepTask task, List<Integer> keys) {
        long speculated = pool.stats().chunksSpeculated();
        long start = micros();
        CompletableFuture<List<Integer>> results = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                results.complete(pool.mapByKey(FunctionEx.<Integer>identity(), task, keys));
            } catch (RuntimeException e) {
                results.completeExceptionally(e);
            }
        }, "mapByKey-caller");
        caller.setDaemon(true);
        caller.start();
        return new MapCall(pool, keys, results, start, speculated, caller::interrupt);
    }

    boolean isDone() {
        return results.isDone();
    }

    /** The call failed already: its exception, else {@code null}. */
    Throwable failure() {
        return results.isCompletedExceptionally() ? results.handle((r, e) -> e).join() : null;
    }

    void cancel() {
        cancel.run();
    }

    /**
     * Waits for the call and checks that every result is its input, in order.
     *
     * @throws IllegalStateException if the results are not exactly the inputs
     */
    Map<String, Object> outcome(long timeoutSeconds) throws Exception {
        List<Integer> got = timed.get(timeoutSeconds, TimeUnit.SECONDS);
        if (!got.equals(inputs)) {
            throw new IllegalStateException(got.size() + " results that are not the " + inputs.size()
                    + " inputs in order");
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("elements", inputs.size());
        outcome.put("startedAt", startedAt);
        outcome.put("endedAt", endedAt);
        outcome.put("seconds", (endedAt - startedAt) / 1e6);
        outcome.put("speculated", pool.stats().chunksSpeculated() - speculatedBefore);
        return outcome;
    }

    /** Now, in microseconds since the epoch. */
    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }
}
