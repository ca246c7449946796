package io.gridpool.internal.dispatch;

import io.gridpool.PoolTaskException;
import io.gridpool.internal.Exceptions;
import io.gridpool.internal.wire.ChunkFate;
import io.gridpool.internal.wire.ChunkResult;
import io.gridpool.internal.wire.Codec;
import io.gridpool.internal.wire.TaskFailure;
import io.gridpool.internal.worker.Worker;
import io.gridpool.internal.worker.Workers;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Makes a verdict of a worker's answer to a chunk: reads the results through the pool's codec,
 * pins a failure to its element's position in the call's input, and asks the workers what a send
 * that brought no answer means. Takes no lock, so answers are read in parallel. Thread-safe.
 */
final class Judge {

    private final Workers workers;
    private final Codec codec;

    Judge(Workers workers) {
        this.workers = workers;
        this.codec = workers.codec();
    }

    /** The verdict on {@code chunk}'s answer from {@code worker}: a result, or the failure to get one. */
    Verdict judge(Chunk chunk, Worker worker, ChunkResult result, Throwable failure) {
        if (failure != null) {
            Workers.SendFailure judged = workers.judge(unwrap(failure), worker, chunk.toString(), chunk.indexOf(0));
            return Verdict.of(judged.fate(), chunk.indexOf(0), judged.error());
        }
        return switch (result.fate()) {
            case REFUSED, BUSY -> Verdict.of(result.fate(), chunk.indexOf(0), null);
            case CANCELLED -> Verdict.of(ChunkFate.CANCELLED, chunk.indexOf(0),
                    new CancellationException(chunk + " was cancelled on " + worker.name()));
            case DONE, FAILED -> results(chunk, worker, result);
            default -> throw new IllegalStateException(worker.name() + " answered " + chunk + " with "
                    + result.fate() + ", which only a driver decides");
        };
    }

    private Verdict results(Chunk chunk, Worker worker, ChunkResult result) {
        List<Object> values;
        try {
            values = result.values() == null ? List.of() : codec.decodeResults(result.values());
        } catch (Codec.ReadFailure e) {
            long index = chunk.indexOf(e.offset());
            return Verdict.failed(e.before(), index, new PoolTaskException("the result of element " + index
                    + " from " + worker.name() + " cannot be read here: " + unreadableHere(e.getCause()),
                    index, worker.name(), e.getCause()));
        }
        TaskFailure failure = result.failure();
        if (failure == null) {
            return Verdict.done(values);
        }
        long index = chunk.indexOf(failure.offset());
        return Verdict.failed(values, index, failure.toException(index, codec));
    }

    private static String unreadableHere(Throwable cause) {
        String refused = Exceptions.refusedClass(cause);
        return refused == null ? Exceptions.rootCause(cause) : "class " + refused + " is not allowed by this "
                + "JVM's Java deserialization filter; add its package to the allow-list (java-serialization-filter) "
                + "of this JVM's Hazelcast config";
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
