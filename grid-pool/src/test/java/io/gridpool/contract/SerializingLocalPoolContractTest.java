package io.gridpool.contract;

import io.gridpool.LocalPool;
import io.gridpool.Pool;

/** The contract on a {@code LocalPool} that puts everything through Hazelcast's serialization, as a grid does. */
class SerializingLocalPoolContractTest extends PoolContract {

    @Override
    public Pool newPool() {
        return LocalPool.builder().threads(SLOTS).serializing(true).build();
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
