package io.gridpool.testing.drivers;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.executor.LocalExecutorStats;
import io.gridpool.GridPool;
import io.gridpool.member.MemberSlots;

import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * Asks a member how busy its {@code gridpool} executor is, from the member's own statistics: the
 * chunks waiting in the executor's queue (Hazelcast's pending count), the chunks on its threads
 * (started less completed: running, or waiting in the member's own queue for a slot), and the
 * member's slots. It runs on an executor of its own ({@link #EXECUTOR}), so it never waits behind
 * the chunks it counts. Answers {@code {pending, onThreads, slots}}.
 */
final class MemberLoad implements Callable<long[]>, HazelcastInstanceAware, Serializable {

    /** The executor the question runs on: not grid-pool's, whose queue it measures. */
    static final String EXECUTOR = "gridpool-probe";

    private static final long serialVersionUID = 1L;

    private transient HazelcastInstance member;

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.member = hazelcastInstance;
    }

    @Override
    public long[] call() {
        LocalExecutorStats stats = member.getExecutorService(GridPool.DEFAULT_EXECUTOR).getLocalExecutorStats();
        return new long[] {stats.getPendingTaskCount(), stats.getStartedTaskCount() - stats.getCompletedTaskCount(),
                MemberSlots.of(member.getConfig())};
    }
}
