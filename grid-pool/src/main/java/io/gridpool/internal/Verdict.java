package io.gridpool.internal;

import java.util.List;

/** What the dispatcher makes of a chunk's outcome, worked out before it takes its lock. */
record Verdict(Kind kind, List<Object> values, long failureIndex, Throwable error) {

    enum Kind {
        /** Results, and perhaps the failure after them. */
        VALUES,
        /** The worker was lost with the chunk: send it again, counting an attempt. */
        LOST,
        /** The chunk did not reach a worker: send it again later, not counting an attempt. */
        UNREACHED,
        /** The worker is draining and refused the chunk: send it elsewhere. */
        REFUSED,
        /** The call cannot go on. */
        FATAL
    }

    static Verdict values(List<Object> values, long failureIndex, Throwable error) {
        return new Verdict(Kind.VALUES, values, failureIndex, error);
    }

    static Verdict of(Kind kind, Throwable error) {
        return new Verdict(kind, List.of(), -1, error);
    }
}
