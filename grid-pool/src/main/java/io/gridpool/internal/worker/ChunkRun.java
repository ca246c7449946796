package io.gridpool.internal.worker;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.function.FunctionEx;
import com.hazelcast.jet.function.RunnableEx;
import io.gridpool.internal.wire.ChunkResult;
import io.gridpool.internal.wire.ChunkTask;
import io.gridpool.internal.wire.Codec;
import io.gridpool.internal.wire.Payload;
import io.gridpool.internal.wire.TaskFailure;
import io.gridpool.internal.wire.TaskFailure.Stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Runs one chunk where it arrived: waits for a slot on the worker's queue, reads its function and
 * elements, runs the pool's initializer once per worker, applies the function to each element in
 * order, stopping at the first that throws or when the chunk is cancelled, and writes the results
 * back. Between two elements it gives its slot up to work that ranks higher and waits its turn
 * again; the results are the same.
 */
public final class ChunkRun {

    private ChunkRun() {
    }

    /** The results before the first failure, and that failure; {@code cancelled} when stopped from outside. */
    private record Outcome(List<Object> values, int failedAt, Throwable failure, boolean cancelled) {
    }

    /** Runs {@code task} on the worker whose state is {@code site}. */
    public static ChunkResult run(ChunkTask task, WorkerState site) {
        if (site.draining()) {
            return ChunkResult.refused();
        }
        SlotQueue queue = site.queue(task.queue());
        try (Running running = site.start(task)) {
            if (running == null) {
                return ChunkResult.cancelled();
            }
            switch (running.awaitSlot(queue, task.priority())) {
                case BUSY -> {
                    return ChunkResult.busy(queue.load(task.pool(), task.priority()));
                }
                case REFUSED -> {
                    return ChunkResult.refused();
                }
                case CANCELLED -> {
                    return ChunkResult.cancelled();
                }
                default -> {
                }
            }
            return runOnSlot(task, site, queue, running);
        }
    }

    @SuppressWarnings("rawtypes")
    private static ChunkResult runOnSlot(ChunkTask task, WorkerState site, SlotQueue queue, Running running) {
        Report report = new Report(site, queue, task, running);
        Codec codec = site.codec();
        FunctionEx fn;
        try {
            fn = (FunctionEx) codec.decodeOne(task.function());
        } catch (Exception | LinkageError e) {
            return report.failed(Stage.READING_FUNCTION, e);
        }
        List<Object> inputs;
        Codec.ReadFailure unreadable = null;
        try {
            inputs = codec.decode(task.elements());
        } catch (Codec.ReadFailure e) {
            unreadable = e;
            inputs = e.before();
        }
        HazelcastInstance previous = ChunkContext.enter(site.member());
        Outcome outcome;
        try {
            if (task.initializer() != null) {
                Throwable initFailure = site.initialize(task.pool(),
                        () -> ((RunnableEx) codec.decodeOne(task.initializer())).runEx());
                if (initFailure != null) {
                    return report.failed(Stage.INITIALIZING, initFailure);
                }
            }
            outcome = running.timed() ? applyTimed(fn, inputs, running) : apply(fn, inputs, running);
        } finally {
            ChunkContext.exit(previous);
        }
        return outcome.cancelled() ? ChunkResult.cancelled() : report.finish(outcome, unreadable);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Outcome apply(FunctionEx fn, List<Object> elements, Running running) {
        List<Object> values = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            if (running.cancelled() || i > 0 && !running.giveWayIfOutranked()) {
                return new Outcome(values, i, null, true);
            }
            try {
                values.add(fn.applyEx(elements.get(i)));
            } catch (Throwable t) {
                if (running.cancelled()) {
                    return new Outcome(values, i, null, true);
                }
                if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
                    throw vme;
                }
                return new Outcome(values, i, t, false);
            }
        }
        return new Outcome(values, -1, null, false);
    }

    /** As {@link #apply}, each element watched by the worker's deadline watch. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Outcome applyTimed(FunctionEx fn, List<Object> elements, Running running) {
        List<Object> values = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            if (running.cancelled() || i > 0 && !running.giveWayIfOutranked()) {
                return new Outcome(values, i, null, true);
            }
            Object value = null;
            Throwable failure = null;
            running.elementStarts(i);
            try {
                value = fn.applyEx(elements.get(i));
            } catch (Throwable t) {
                failure = t;
            }
            if (running.elementEnds()) {
                Thread.interrupted();
                return new Outcome(values, i, overran(running, failure), false);
            }
            if (running.cancelled()) {
                return new Outcome(values, i, null, true);
            }
            if (failure != null) {
                if (failure instanceof VirtualMachineError vme && !(failure instanceof StackOverflowError)) {
                    throw vme;
                }
                return new Outcome(values, i, failure, false);
            }
            values.add(value);
        }
        return new Outcome(values, -1, null, false);
    }

    private static TimeoutException overran(Running running, Throwable thrown) {
        TimeoutException timeout = new TimeoutException("the element ran longer than the task timeout of "
                + Duration.ofNanos(running.timeoutNanos()) + " and was interrupted");
        if (thrown != null) {
            timeout.initCause(thrown);
        }
        return timeout;
    }

    /** What the chunk sends back: its results or failure, with its times and the worker's load. */
    private record Report(WorkerState site, SlotQueue queue, ChunkTask task, Running running) {

        ChunkResult finish(Outcome outcome, Codec.ReadFailure unreadable) {
            Codec.Encoded encoded = site.codec().encode(outcome.values());
            TaskFailure failure = null;
            if (!encoded.complete()) {
                failure = failure(Stage.WRITING_RESULT, encoded.failedAt(), encoded.failure());
            } else if (outcome.failure() != null) {
                failure = failure(Stage.RUNNING, outcome.failedAt(), outcome.failure());
            } else if (unreadable != null) {
                failure = failure(Stage.READING_ELEMENT, unreadable.offset(), unreadable.getCause());
            }
            return result(encoded.payload(), failure);
        }

        ChunkResult failed(Stage stage, Throwable cause) {
            return result(null, failure(stage, 0, cause));
        }

        private ChunkResult result(Payload values, TaskFailure failure) {
            return ChunkResult.ran(values, failure, running.turn().timing(System.nanoTime()), queue.load(task.pool(), task.priority()));
        }

        private TaskFailure failure(Stage stage, int offset, Throwable cause) {
            return TaskFailure.of(stage, offset, site.name(), cause, site.codec());
        }
    }
}
