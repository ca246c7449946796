package io.gridpool.contract;

import io.gridpool.Pool;
import io.gridpool.PoolBuilder;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What a case of the contract needs: the pool under test, what kind of pool it is, and marks to
 * count running tasks. {@link PoolContract} provides it; the cases are grouped by topic in the
 * interfaces that extend this one.
 */
interface PoolUnderTest {

    /** The worker slots of every pool the suite makes (Python's {@code Pool(4)}). */
    int SLOTS = 4;

    /** The bound on any wait for a result that should come. */
    Duration WAIT = Duration.ofSeconds(30);

    /** The pool of the current case, fresh for each case, terminated after it. */
    Pool pool();

    /** Another fresh pool with {@link #SLOTS} slots, on the same workers; the case closes it. */
    Pool newPool();

    /** Another fresh pool with {@link #SLOTS} slots and {@code options}, on the same workers; the case closes it. */
    Pool newPool(Consumer<PoolBuilder<?>> options);

    /** Whether functions, elements and results go through serialization, as on a grid. */
    boolean serializes();

    /** Whether a failure names the member it happened on. */
    boolean runsOnMembers();

    /** Marks of the current case, empty at its start. */
    Marks marks();
}
