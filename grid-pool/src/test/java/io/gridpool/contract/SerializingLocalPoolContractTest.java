package io.gridpool.contract;

import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.PoolBuilder;
import java.util.function.Consumer;

/** The contract on a {@code LocalPool} that puts everything through Hazelcast's serialization, as a grid does. */
class SerializingLocalPoolContractTest extends PoolContract {

    @Override
    public Pool newPool(Consumer<PoolBuilder<?>> options) {
        LocalPool.Builder builder = LocalPool.builder().threads(SLOTS).serializing(true);
        options.accept(builder);
        return builder.build();
    }

    @Override
    public boolean serializes() {
        return true;
    }

    @Override
    public boolean runsOnMembers() {
        return false;
    }
}
