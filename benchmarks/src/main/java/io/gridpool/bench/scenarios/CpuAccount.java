package io.gridpool.bench.scenarios;

import io.gridpool.bench.Machines;
import io.gridpool.bench.process.LocalGrid;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where GridPool's processor time goes: the driver's (and its garbage collector's) and the
 * members', over the measured runs, so the table can say what limits the rate. An account keeps
 * every run and counts the last {@code rounds}: the measured rounds come after every warm-up run.
 */
final class CpuAccount {

    /** One run: the processor time of the driver and the members, the driver's GC pauses, the elements. */
    private record Run(double driver, double gc, double members, long elements) {
    }

    private final LocalGrid grid;
    private final int rounds;
    private final List<Run> runs = new ArrayList<>();

    CpuAccount(LocalGrid grid, int rounds) {
        this.grid = grid;
        this.rounds = rounds;
    }

    /** Times one run and keeps its processor time. */
    double during(FineGrainedMap.Run run) throws Exception {
        return measure(run, null);
    }

    /**
     * Runs {@code batch} (of {@code size} elements) again and again for at least {@code seconds}
     * and returns the elements per second; keeps the processor time of them all as one run.
     */
    double rate(double seconds, int size, FineGrainedMap.Run batch) throws Exception {
        long[] done = {0};
        double took = measure(() -> {
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < seconds * 1e9) {
                batch.call();
                done[0] += size;
            }
            return null;
        }, done);
        return done[0] / took;
    }

    /** Times one run and keeps its processor time, and its elements if {@code done} counts them. */
    private double measure(FineGrainedMap.Run run, long[] done) throws Exception {
        double driver0 = driverCpu();
        double gc0 = Machines.gcSeconds();
        double members0 = membersCpu();
        double seconds = FineGrainedMap.seconds(run);
        long count = done == null ? 0 : done[0];
        runs.add(new Run(driverCpu() - driver0, Machines.gcSeconds() - gc0, membersCpu() - members0, count));
        return seconds;
    }

    /** The measured runs: the last {@code rounds}. */
    private List<Run> measured() {
        return runs.subList(Math.max(0, runs.size() - rounds), runs.size());
    }

    /** The driver's processor time per element of the measured runs of {@link #rate}, in seconds. */
    double driverPerElement() {
        return measured().stream().mapToDouble(Run::driver).sum() / elements();
    }

    /** Both members' processor time per element of the measured runs of {@link #rate}, in seconds. */
    double membersPerElement() {
        return measured().stream().mapToDouble(Run::members).sum() / elements();
    }

    private long elements() {
        return measured().stream().mapToLong(Run::elements).sum();
    }

    /** The processor time per 10^6 elements, as a sentence about {@code contender}'s runs of {@code count} elements. */
    String describe(String contender, int count) {
        List<Run> measured = measured();
        double per = 1e6 / ((double) count * measured.size());
        return String.format(Locale.ROOT, "Processor time of %s over the measured rounds (the warm-up left "
                + "out), per 10^6 elements: driver %.3f s (and its garbage collector paused it for %.3f s); both "
                + "members together %.3f s.", contender, measured.stream().mapToDouble(Run::driver).sum() * per,
                measured.stream().mapToDouble(Run::gc).sum() * per,
                measured.stream().mapToDouble(Run::members).sum() * per);
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
