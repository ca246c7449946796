package io.gridpool.bench.work;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * The tasks that a static round-robin dispatch gave one worker slot, run one after the other:
 * each sleeps its number of milliseconds. Returns how many ran.
 */
public final class SleepListTask implements Callable<Integer>, DataSerializable {

    private int[] millis;

    public SleepListTask() {
    }

    public SleepListTask(int[] millis) {
        this.millis = millis.clone();
    }

    @Override
    public Integer call() {
        for (int m : millis) {
            Work.sleep(m);
        }
        return millis.length;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeIntArray(millis);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        millis = in.readIntArray();
    }
}
