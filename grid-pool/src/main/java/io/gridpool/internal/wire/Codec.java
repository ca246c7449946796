package io.gridpool.internal.wire;

import java.util.List;

/**
 * Whether and how a pool's chunks are serialized: the one seam between a pool that keeps its
 * objects in this JVM ({@link ObjectCodec}) and one whose chunks go through Hazelcast's
 * serialization, to members or as a test of travel ({@link SerializingCodec}). Thread-safe.
 */
public interface Codec {

    /** Writes {@code values} in order, stopping cleanly before the first that cannot be written. */
    Encoded encode(List<?> values);

    /**
     * Reads the values of a payload.
     *
     * @throws ReadFailure naming the offset of the first value that cannot be read
     */
    List<Object> decode(Payload payload);

    /**
     * Reads the results of a chunk for the caller that keeps them: as {@link #decode}, but ints,
     * longs and doubles may stay primitive in a {@link Column}, boxed when read.
     *
     * @throws ReadFailure naming the offset of the first value that cannot be read
     */
    default List<Object> decodeResults(Payload payload) {
        return decode(payload);
    }

    /** Writes one object (an exception, a function), letting its failure through. */
    Payload encodeOne(Object value);

    /** Reads the one object of a payload, letting its failure through. */
    Object decodeOne(Payload payload);

    /**
     * A call's function (or a pool's initializer) ready to travel.
     *
     * @param what names it in the error, "the function" or "the initializer"
     * @throws IllegalArgumentException naming the class it captures that cannot be serialized
     */
    Payload function(Object function, String what);

    /** A wire object as it arrives at a worker of this JVM: itself, or a copy that went through serialization. */
    <T> T carry(T wireObject);

    /**
     * The values that could be written, and the first that could not.
     *
     * @param failedAt the offset of the first value that could not be written, or -1
     */
    record Encoded(Payload payload, int failedAt, Throwable failure) {
        public boolean complete() {
            return failedAt < 0;
        }
    }

    /** A value of a payload could not be read; the ones before it were. */
    final class ReadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;
        private final transient List<Object> before;

        public ReadFailure(int offset, List<Object> before, Throwable cause) {
            super("value " + offset + " of the payload could not be read", cause, false, false);
            this.offset = offset;
            this.before = before;
        }

        /** The offset of the value that could not be read. */
        public int offset() {
            return offset;
        }

        /** The values before it. */
        public List<Object> before() {
            return before;
        }
    }
}
