package io.gridpool.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A chunk on the driver's side, from the moment it is cut until its result is accepted: which
 * elements of the call it holds, the work to send (kept so the chunk can be sent again), the member it must run on
 * (for co-location), and the members it has been sent to. Guarded by the dispatcher's lock.
 */
final class Chunk {

    final Call call;
    final int seq;
    final long first;
    final long[] indices;
    final int size;
    final ChunkTask task;
    Worker target;

    int attempts;
    final List<String> triedOn = new ArrayList<>(1);
    boolean accepted;

    Chunk(Call call, int seq, long first, long[] indices, int size, ChunkTask task) {
        this.call = call;
        this.seq = seq;
        this.first = first;
        this.indices = indices;
        this.size = size;
        this.task = task;
    }

    /** The position in the call's input of the element at {@code offset} of this chunk. */
    long indexOf(int offset) {
        return indices == null ? first + offset : indices[offset];
    }

    @Override
    public String toString() {
        String range = indices == null ? "elements " + first + ".." + (first + size - 1)
                : size + " elements from " + indices[0];
        return "chunk " + seq + " (" + range + ")";
    }
}
