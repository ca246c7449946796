package io.gridpool.demo;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds up the task counts of a run as they arrive, in any order. Not thread-safe: one reader of the results. */
final class Tally {

    private final Map<String, Long> samplesByWorker = new LinkedHashMap<>();
    private long samples;
    private long inside;

    /** Starts with {@code workers} at zero, so a member that got no task still shows. */
    Tally(Collection<String> workers) {
        workers.forEach(worker -> samplesByWorker.put(worker, 0L));
    }

    void add(TaskCount count) {
        samples += count.samples();
        inside += count.inside();
        samplesByWorker.merge(count.worker(), count.samples(), Long::sum);
    }

    long samples() {
        return samples;
    }

    PiEstimate estimate(PiJob job, Mode mode, int slots, long nanos) {
        double pi = 4.0 * inside / samples;
        double seconds = nanos / 1e9;
        List<PiEstimate.Share> shares = samplesByWorker.entrySet().stream()
                .map(e -> new PiEstimate.Share(e.getKey(), e.getValue(), (double) e.getValue() / samples))
                .toList();
        return new PiEstimate(pi, Math.abs(pi - Math.PI), samples, inside, seconds, samples / seconds,
                mode.label(), slots, job.seed(), job.batch(), job.tasks(), shares);
    }
}
