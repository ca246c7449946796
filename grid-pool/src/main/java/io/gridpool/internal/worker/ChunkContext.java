package io.gridpool.internal.worker;

import com.hazelcast.core.HazelcastInstance;

/** The grid member that runs the chunk on the current thread, for {@code GridContext}. */
public final class ChunkContext {

    private static final ThreadLocal<HazelcastInstance> MEMBER = new ThreadLocal<>();

    private ChunkContext() {
    }

    /** Returns the member running a chunk on this thread, or {@code null}. */
    public static HazelcastInstance member() {
        return MEMBER.get();
    }

    static HazelcastInstance enter(HazelcastInstance member) {
        HazelcastInstance previous = MEMBER.get();
        MEMBER.set(member);
        return previous;
    }

    static void exit(HazelcastInstance previous) {
        if (previous == null) {
            MEMBER.remove();
        } else {
            MEMBER.set(previous);
        }
    }
}
