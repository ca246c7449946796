package io.gridpool.internal.dispatch;

import io.gridpool.internal.wire.ChunkTask;
import io.gridpool.internal.worker.Worker;

import java.util.ArrayList;
import java.util.List;

/**
 * A chunk on the driver's side, from the moment it is cut until its call has its results: which
 * elements of the call it holds, the task to send (kept, so the chunk can be sent again), the
 * worker it must run on (for co-location), and the workers it has been sent to. What is fixed at
 * the cut is immutable; the rest is guarded by the dispatcher's lock.
 */
public final class Chunk {

    private final Job job;
    private final int seq;
    private final long first;
    private final long[] indices;
    private final int size;
    private final ChunkTask task;
    private Worker target;
    private int attempts;
    private final List<String> triedOn = new ArrayList<>(1);
    private int copiesOut;
    private boolean copied;
    private boolean settled;
    private boolean reportedStuck;

    Chunk(Job job, int seq, long first, long[] indices, int size, ChunkTask task, Worker target) {
        this.job = job;
        this.seq = seq;
        this.first = first;
        this.indices = indices;
        this.size = size;
        this.task = task;
        this.target = target;
    }

    /** The call the chunk belongs to. */
    public Job job() {
        return job;
    }

    /** The chunk's position among its call's chunks, from 0. */
    public int seq() {
        return seq;
    }

    /** The position in the call's input of its first element. */
    public long first() {
        return first;
    }

    public int size() {
        return size;
    }

    /** Whether its elements are consecutive in the call's input, from {@link #first()}. */
    public boolean contiguous() {
        return indices == null;
    }

    /** The position in the call's input of the element at {@code offset} of this chunk. */
    public long indexOf(int offset) {
        return indices == null ? first + offset : indices[offset];
    }

    ChunkTask task() {
        return task;
    }

    /** The worker the chunk must run on, or {@code null} if any will do. */
    Worker target() {
        return target;
    }

    /** Its target is gone: any worker will do from now on. */
    void forgetTarget() {
        target = null;
    }

    /** It goes to {@code worker}, an attempt counted. */
    void sentTo(Worker worker) {
        attempts++;
        copiesOut++;
        triedOn.add(worker.name());
    }

    /**
     * A speculative copy goes to {@code worker}. It counts as an attempt: a copy whose worker is
     * lost too is one more member the chunk may have taken down.
     */
    void copiedTo(Worker worker) {
        copied = true;
        attempts++;
        copiesOut++;
        triedOn.add(worker.name());
    }

    /** One of its copies came back. */
    void copyBack() {
        copiesOut--;
    }

    /** How many of its copies are out now. */
    int copiesOut() {
        return copiesOut;
    }

    /** Whether a speculative copy of it was sent. */
    boolean copied() {
        return copied;
    }

    /** Its call has had what became of it; any later answer, from another copy, is ignored. */
    void settle() {
        settled = true;
    }

    boolean settled() {
        return settled;
    }

    /** Marks it as reported stuck; false if it was already. */
    boolean reportStuck() {
        boolean first = !reportedStuck;
        reportedStuck = true;
        return first;
    }

    /** The last send never reached its worker, or was refused: it does not count as an attempt. */
    void uncount() {
        attempts--;
    }

    int attempts() {
        return attempts;
    }

    boolean triedOn(Worker worker) {
        return triedOn.contains(worker.name());
    }

    /** The workers it was sent to, in order. */
    List<String> triedOn() {
        return List.copyOf(triedOn);
    }

    @Override
    public String toString() {
        String range = indices == null ? "elements " + first + ".." + (first + size - 1)
                : size + " elements from " + indices[0];
        return "chunk " + seq + " (" + range + ")";
    }
}
