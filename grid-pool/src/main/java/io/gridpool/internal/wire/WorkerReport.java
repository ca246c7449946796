package io.gridpool.internal.wire;

import java.util.Arrays;

/**
 * What a member says of itself to one pool, for its snapshot and its speculation: its JVM (heap
 * in use, most heap, processors), how busy its slots are with the work of others, and how long
 * each of the pool's chunks there has held a slot so far, as (call, seq, nanos) triples. It
 * travels as one array of numbers. Immutable.
 */
public record WorkerReport(long heapUsed, long heapMax, int processors, WorkerLoad load, long[] runTimes) {

    private static final int HEAD = 6;

    public WorkerReport {
        runTimes = runTimes.clone();
    }

    /** The report as it travels. */
    long[] toArray() {
        long[] all = Arrays.copyOf(new long[] {heapUsed, heapMax, processors, load.othersRunning(), load.waiting(),
                load.otherPools()}, HEAD + runTimes.length);
        System.arraycopy(runTimes, 0, all, HEAD, runTimes.length);
        return all;
    }

    /** Reads what {@link #toArray()} wrote. */
    public static WorkerReport of(long[] travelled) {
        return new WorkerReport(travelled[0], travelled[1], (int) travelled[2],
                new WorkerLoad((int) travelled[3], (int) travelled[4], (int) travelled[5]),
                Arrays.copyOfRange(travelled, HEAD, travelled.length));
    }

    /** How long the pool's chunk {@code seq} of call {@code call} has held a slot there; -1 if it has not run. */
    public long ranNanos(long call, int seq) {
        for (int i = 0; i + 2 < runTimes.length; i += 3) {
            if (runTimes[i] == call && runTimes[i + 1] == seq) {
                return runTimes[i + 2];
            }
        }
        return -1;
    }
}
