package io.gridpool.bench.work;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;

import java.util.concurrent.Callable;

/** A bare {@code IExecutorService} task that returns 1 at once: a round trip and nothing else. */
public final class ConstantTask implements Callable<Integer>, DataSerializable {

    @Override
    public Integer call() {
        return 1;
    }

    @Override
    public void writeData(ObjectDataOutput out) {
        // no state
    }

    @Override
    public void readData(ObjectDataInput in) {
        // no state
    }
}
