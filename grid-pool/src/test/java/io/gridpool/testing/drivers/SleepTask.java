package io.gridpool.testing.drivers;

import com.hazelcast.function.FunctionEx;
import io.gridpool.contract.Marks;

import java.nio.file.Path;

/**
 * The element function of the drivers' calls: sleeps a fixed time (so that the calls measure
 * scheduling, not processor time) and returns its element. With a marks directory it leaves a mark
 * in {@code started} as an element begins and in {@code ended} as it ends, interrupted or not, so
 * that a test sees from the member side which elements ran.
 *
 * @param millis how long each element sleeps
 * @param marks the marks directory, or {@code null} for none
 */
record SleepTask(int millis, String marks) implements FunctionEx<Integer, Integer> {

    /** The marks of elements that began, under {@code directory}. */
    static Marks started(String directory) {
        return new Marks(Path.of(directory, "started").toString());
    }

    /** The marks of elements that ended, under {@code directory}. */
    static Marks ended(String directory) {
        return new Marks(Path.of(directory, "ended").toString());
    }

    @Override
    public Integer applyEx(Integer element) throws InterruptedException {
        if (marks != null) {
            started(marks).add();
        }
        try {
            Thread.sleep(millis);
        } finally {
            if (marks != null) {
                ended(marks).add();
            }
        }
        return element;
    }
}
