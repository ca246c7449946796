package io.gridpool.bench.work;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * {@code x + 1} as one bare {@code IExecutorService} task: what a Hazelcast user writes without
 * grid-pool, one submission per element. DataSerializable, Hazelcast's cheap own format, which
 * needs no factory on the members.
 */
public final class AddOneTask implements Callable<Integer>, DataSerializable {

    private int x;

    public AddOneTask() {
    }

    public AddOneTask(int x) {
        this.x = x;
    }

    @Override
    public Integer call() {
        return Work.addOne(x);
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeInt(x);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        x = in.readInt();
    }
}
