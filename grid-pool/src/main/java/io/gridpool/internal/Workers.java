package io.gridpool.internal;

import com.hazelcast.internal.serialization.InternalSerializationService;

import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where a pool's chunks run, as the dispatcher sees it: workers that come and go with their
 * numbers of slots, how chunks are serialized, and how running chunks are cancelled.
 */
interface Workers {

    /** Told when workers join (with their slots), change their slots, or leave. */
    interface Listener {
        void slots(Worker worker, int slots);

        void left(Worker worker);
    }

    /** Starts reporting workers to {@code listener}, the present ones first. */
    void start(Listener listener);

    /**
     * The serialization that elements, results and functions go through, or {@code null} if
     * chunks stay objects in this JVM.
     */
    InternalSerializationService serialization();

    /** The worker that owns {@code key}'s partition, or {@code null} if there is no such thing. */
    Function<Object, Worker> partitionOwners();

    /** Asks workers to stop running chunks of a call (of every call when {@code call < 0}); does not wait. */
    void cancel(UUID pool, long call, Collection<Worker> on);

    /** What a failure to get a chunk's result means: lost worker, unreachable one, or the call's end. */
    Verdict judge(Chunk chunk, Worker worker, Throwable failure);

    /** Why no worker is there, for the error of a call that waited in vain. */
    String whyNoWorkers();

    /**
     * Releases what the pool holds on its workers, without waiting for running chunks; with
     * {@code wait}, waits briefly for the workers to acknowledge.
     */
    void stop(UUID pool, boolean wait);

    /** Waits up to {@code millis} for the workers' own threads to end; true if they did. */
    boolean awaitStopped(long millis) throws InterruptedException;
}
