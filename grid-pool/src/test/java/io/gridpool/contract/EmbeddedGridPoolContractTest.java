package io.gridpool.contract;

import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.testing.EmbeddedCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on a {@code GridPool} whose driver is one of two members in the test's JVM, each
 * with half of the suite's slots. The cluster lives as long as the class; each case gets a fresh pool.
 */
class EmbeddedGridPoolContractTest extends PoolContract {

    private static EmbeddedCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = EmbeddedCluster.start(2, SLOTS / 2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    public Pool newPool() {
        return GridPool.on(cluster.member(0));
    }

    @Override
    public boolean serializes() {
        return true;
    }

    @Override
    public boolean runsOnMembers() {
        return true;
    }
}
