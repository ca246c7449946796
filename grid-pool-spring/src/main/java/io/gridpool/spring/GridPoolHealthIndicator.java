package io.gridpool.spring;

import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolStats;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@link HealthIndicator} of a {@link Pool}: up while it is open and has workers, down when it is
 * closed or a grid pool has no members. Its details are the members (of a {@link GridPool}), the
 * worker slots, the chunks in flight, the calls in progress and the pool's state. A {@code Pool}
 * of another kind is judged by its {@link Pool#parallelism() slots} alone. Thread-safe.
 */
public class GridPoolHealthIndicator extends AbstractHealthIndicator {

    private final Pool pool;

    public GridPoolHealthIndicator(Pool pool) {
        super("grid-pool health check failed");
        this.pool = pool;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        PoolStats stats = PoolStatsReader.read(pool);
        if (stats == null) {
            int slots = pool.parallelism();
            builder.status(slots > 0 ? Status.UP : Status.DOWN).withDetail("slots", slots);
            return;
        }
        builder.status(stats.workers() > 0 && "open".equals(stats.state()) ? Status.UP : Status.DOWN);
        if (pool instanceof GridPool) {
            builder.withDetail("members", stats.workers());
        }
        builder.withDetail("slots", stats.slots())
                .withDetail("chunksInFlight", stats.chunksInFlight())
                .withDetail("activeCalls", stats.activeCalls())
                .withDetail("state", stats.state());
    }
}
