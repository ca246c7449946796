package io.gridpool.contract;

import io.gridpool.Pool;
import io.gridpool.PoolBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import java.util.function.Consumer;

/**
 * The contract of {@link Pool}, written against the interface alone, which every implementation
 * passes. A pool joins by extending this class with a factory for pools of {@link #SLOTS} worker
 * slots and by saying whether it serializes and whether its workers are members; cases that only
 * make sense for one implementation live in its own test class.
 * <p>
 * The cases, modelled on CPython's {@code _TestPool} and {@code _TestPoolWorkerErrors}, are grouped
 * by topic in the interfaces below. Each runs on a fresh pool, which is terminated afterwards;
 * that it then joins promptly is part of the contract. No case may take two minutes.
 */
@Timeout(120)
public abstract class PoolContract implements ApplyContract, MapContract, IteratorContract, InputFailureContract,
        TaskFailureContract, ArgumentContract, LifecycleContract, SerializationContract, ConcurrencyContract,
        TaskTimeoutContract, SnapshotContract {

    private Pool pool;
    private Marks marks;

    @Override
    public final Pool newPool() {
        return newPool(options -> {
        });
    }

    @Override
    public abstract Pool newPool(Consumer<PoolBuilder<?>> options);

    @Override
    public abstract boolean serializes();

    @Override
    public abstract boolean runsOnMembers();

    @BeforeEach
    void openPool() {
        marks = Marks.create();
        pool = newPool();
    }

    @AfterEach
    void terminatePool() {
        try {
            pool.terminate();
            assertTimeoutPreemptively(WAIT, pool::join, "a terminated pool joins promptly");
        } finally {
            marks.delete();
        }
    }

    @Override
    public final Pool pool() {
        return pool;
    }

    @Override
    public final Marks marks() {
        return marks;
    }
}
