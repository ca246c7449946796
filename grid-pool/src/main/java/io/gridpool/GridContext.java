package io.gridpool;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.internal.worker.ChunkContext;

/**
 * What a function can learn about the worker running it. On a grid member,
 * {@link #hazelcast()} is that member's own {@link HazelcastInstance}, so that a function of
 * {@link Pool#mapByKey} reads co-located data with local calls:
 * <pre>{@code
 * pool.mapByKey(id -> id, id -> GridContext.hazelcast().<Long, Order>getMap("orders").get(id).total(), ids);
 * }</pre>
 * The methods are static and read the state of the calling thread; they are thread-safe.
 */
public final class GridContext {

    private GridContext() {
    }

    /**
     * Returns the Hazelcast member that runs the current function.
     *
     * @throws IllegalStateException if the current thread is not running a function of a
     *         {@link GridPool} on a grid member
     */
    public static HazelcastInstance hazelcast() {
        HazelcastInstance member = ChunkContext.member();
        if (member == null) {
            throw new IllegalStateException("GridContext.hazelcast() is only available inside a function "
                    + "that a GridPool runs on a grid member; this thread is not running one");
        }
        return member;
    }

    /** Returns whether the current thread runs a function of a {@link GridPool} on a grid member. */
    public static boolean onGrid() {
        return ChunkContext.member() != null;
    }
}
