package io.gridpool.contract;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolBuilder;
import io.gridpool.testing.ProcessCluster;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on a {@code GridPool} whose driver is a Hazelcast client of two members, each in a
 * JVM of its own with half of the suite's slots. The processes live as long as the class; each case
 * gets a fresh pool on the same client.
 */
class ClientGridPoolContractTest extends PoolContract {

    private static ProcessCluster cluster;
    private static HazelcastInstance client;

    @BeforeAll
    static void startCluster() {
        cluster = ProcessCluster.start(2, 2, SLOTS / 2);
        client = cluster.client(2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    public Pool newPool(Consumer<PoolBuilder<?>> options) {
        GridPool.Builder builder = GridPool.builder(client);
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
