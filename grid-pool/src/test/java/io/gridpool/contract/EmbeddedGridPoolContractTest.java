package io.gridpool.contract;

import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolBuilder;
import io.gridpool.testing.EmbeddedCluster;
import java.util.function.Consumer;
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
    public Pool newPool(Consumer<PoolBuilder<?>> options) {
        GridPool.Builder builder = GridPool.builder(cluster.member(0));
        options.accept(builder);
        return builder.build();
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
