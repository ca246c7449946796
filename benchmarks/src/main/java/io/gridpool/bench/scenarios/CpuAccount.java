package io.gridpool.bench.scenarios;

import io.gridpool.bench.Machines;
import io.gridpool.bench.process.LocalGrid;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Where GridPool's processor time goes: the driver's (and its garbage collector's) and the
 * members', added up over the measured runs, so the table can say what limits the rate.
 */
final class CpuAccount {
    private final LocalGrid grid;
    private double driver;
    private double gc;
    private double members;
    private int runs;

    CpuAccount(LocalGrid grid) {
        this.grid = grid;
    }

    double during(FineGrainedMap.Run run) throws Exception {
        double driver0 = driverCpu();
        double gc0 = Machines.gcSeconds();
        double members0 = membersCpu();
        double seconds = FineGrainedMap.seconds(run);
        driver += driverCpu() - driver0;
        gc += Machines.gcSeconds() - gc0;
        members += membersCpu() - members0;
        runs++;
        return seconds;
    }

    /** The processor time per 10^6 elements, as a sentence about {@code contender}'s runs of {@code count} elements. */
    String describe(String contender, int count) {
        double per = 1e6 / ((double) count * runs);
        return String.format(Locale.ROOT, "Processor time of %s, warm-up included, per 10^6 "
                + "elements: driver %.2f s (and its garbage collector paused it for %.2f s); both members "
                + "together %.2f s.", contender, driver * per, gc * per, members * per);
    }

    /** The processor time of the harness's JVM (the driver) so far, in seconds. */
    static double driverCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * The processor time so far of the harness's live threads that {@code counted} accepts by name,
     * in seconds, to the nanosecond (the process's own count moves in ticks of 10 ms, too coarse for
     * the cost of one chunk); threads that end in between are not counted.
     */
    static double threadsCpu(java.util.function.Predicate<String> counted) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && counted.test(info.getThreadName())) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    private double membersCpu() {
        return grid.members().stream().mapToDouble(m -> Machines.cpuSeconds(m.pid())).sum();
    }
}
