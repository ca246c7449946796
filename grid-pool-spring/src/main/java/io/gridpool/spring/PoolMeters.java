package io.gridpool.spring;

import io.gridpool.Pool;
import io.gridpool.PoolListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;

/**
 * Micrometer meters of one pool, each tagged {@code pool=<name>}. As the pool's
 * {@link PoolListener} it counts the chunks submitted, completed, failed, retried and speculated
 * ({@code gridpool.chunks.*}) and times each completed chunk from sending to result
 * ({@code gridpool.chunk.duration}); {@link #bindInFlight} adds the gauge of the chunks in flight,
 * read from the pool's stats. For a pool of the application's own, pass
 * {@code new PoolMeters(registry, "name")} to its builder's {@code listener}. Thread-safe.
 */
public final class PoolMeters implements PoolListener {

    /** The name of the gauge of chunks sent and not yet back. */
    public static final String IN_FLIGHT = "gridpool.chunks.in.flight";

    private final Counter submitted;
    private final Counter completed;
    private final Counter failed;
    private final Counter retried;
    private final Counter speculated;
    private final Timer duration;

    /** Registers the counters and the timer of the pool called {@code pool} in {@code registry}. */
    public PoolMeters(MeterRegistry registry, String pool) {
        Tags tags = Tags.of("pool", pool);
        submitted = counter(registry, "submitted", "sent to a worker, resends included", tags);
        completed = counter(registry, "completed", "whose results were taken", tags);
        failed = counter(registry, "failed", "that failed their call", tags);
        retried = counter(registry, "retried", "that came back unrun and were sent again", tags);
        speculated = counter(registry, "speculated", "copied to an idle worker as stragglers of their call", tags);
        duration = Timer.builder("gridpool.chunk.duration").tags(tags)
                .description("Time from sending a chunk to a worker to taking its results")
                .register(registry);
    }

    /** Registers in {@code registry} the gauge of the chunks in flight of {@code pool}, read from its stats. */
    public static void bindInFlight(MeterRegistry registry, String name, Pool pool) {
        Gauge.builder(IN_FLIGHT, pool, p -> p.stats().chunksInFlight()).tag("pool", name)
                .description("Chunks sent to workers and not yet back").baseUnit("chunks")
                .register(registry);
    }

    private static Counter counter(MeterRegistry registry, String outcome, String description, Tags tags) {
        return Counter.builder("gridpool.chunks." + outcome).tags(tags).baseUnit("chunks")
                .description("Chunks " + description).register(registry);
    }

    @Override
    public void chunkSubmitted(String worker) {
        submitted.increment();
    }

    @Override
    public void chunkCompleted(String worker, long nanos) {
        completed.increment();
        duration.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void chunkFailed(String worker) {
        failed.increment();
    }

    @Override
    public void chunkRetried(String worker) {
        retried.increment();
    }

    @Override
    public void chunkSpeculated(String worker) {
        speculated.increment();
    }
}
