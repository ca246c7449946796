package io.gridpool.internal.dispatch;

import io.gridpool.PoolTaskException;
import io.gridpool.internal.Exceptions;
import io.gridpool.internal.wire.ChunkTask;
import io.gridpool.internal.wire.Codec;
import io.gridpool.internal.wire.Pair;
import io.gridpool.internal.wire.Payload;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Packs a cut of a call's input into a chunk ready to travel: its elements through the pool's
 * codec, with the call's function and the pool's initializer. An element that cannot travel ends
 * the chunk before it, and fails the call at its position. Runs on the feeding thread, without
 * locks. Thread-safe.
 */
final class Packer {

    private final UUID driver;
    private final UUID pool;
    private final Codec codec;
    private final Payload initializer;
    private final long timeoutNanos;
    private final int priority;
    private final String queue;

    /**
     * @param driver the client or member whose pool this is, or {@code null} in this JVM
     * @param timeoutNanos the longest an element may run, or 0 for no limit
     * @param priority the pool's priority on the workers
     * @param queue the workers' queue the chunks wait in
     */
    Packer(UUID driver, UUID pool, Codec codec, Payload initializer, long timeoutNanos, int priority, String queue) {
        this.driver = driver;
        this.pool = pool;
        this.codec = codec;
        this.initializer = initializer;
        this.timeoutNanos = timeoutNanos;
        this.priority = priority;
        this.queue = queue;
    }

    /**
     * A packed cut: the chunk (or {@code null} if no element could go), whether the input ended,
     * and what failed there, at which position.
     */
    record Packed(Chunk chunk, boolean end, Throwable failure, long failureIndex) {
    }

    Packed pack(Job job, Chunker.Cut cut) {
        List<Object> elements = cut.elements();
        Throwable failure = cut.failure();
        long failureIndex = cut.failureIndex();
        if (elements.isEmpty()) {
            return new Packed(null, cut.end(), failure, failureIndex);
        }
        Codec.Encoded encoded = codec.encode(elements);
        int count = encoded.payload().count();
        if (!encoded.complete()) {
            failureIndex = cut.indices() == null ? cut.first() + encoded.failedAt() : cut.indices()[encoded.failedAt()];
            failure = unserializable(elements.get(encoded.failedAt()), failureIndex, encoded.failure());
        }
        if (count == 0) {
            return new Packed(null, cut.end(), failure, failureIndex);
        }
        long[] indices = cut.indices() == null ? null : Arrays.copyOf(cut.indices(), count);
        int seq = job.chunker().nextSeq();
        ChunkTask task = new ChunkTask(driver, pool, job.id(), seq, job.function(), initializer, encoded.payload(),
                timeoutNanos, priority, queue);
        Chunk chunk = new Chunk(job, seq, cut.first(), indices, count, task, cut.target());
        return new Packed(chunk, cut.end(), failure, failureIndex);
    }

    private static PoolTaskException unserializable(Object element, long index, Throwable cause) {
        String type = element instanceof Pair pair
                ? "a pair of " + typeOf(pair.key()) + " and " + typeOf(pair.value())
                : typeOf(element);
        return new PoolTaskException("element " + index + " (" + type + ") cannot be serialized to travel to "
                + "the workers: " + Exceptions.rootCause(cause), index, null, cause);
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : "a " + value.getClass().getName();
    }
}
