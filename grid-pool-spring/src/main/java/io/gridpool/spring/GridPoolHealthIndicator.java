package io.gridpool.spring;

import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolState;
import io.gridpool.PoolStats;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@link HealthIndicator} of a {@link Pool}: up while it is open and has workers, down when it is
 * closed or a grid pool has no members. Its details are the members (of a {@link GridPool}), the
 * worker slots, the chunks in flight, the calls in progress and the pool's state, all read from
 * {@link Pool#stats()}. Thread-safe.
 */
public class GridPoolHealthIndicator extends AbstractHealthIndicator {

    private final Pool pool;

    public GridPoolHealthIndicator(Pool pool) {
        super("grid-pool health check failed");
        this.pool = pool;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        PoolStats stats = pool.stats();
        builder.status(stats.workers() > 0 && stats.state() == PoolState.OPEN ? Status.UP : Status.DOWN);
        if (pool instanceof GridPool) {
            builder.withDetail("members", stats.workers());
        }
        builder.withDetail("slots", stats.slots())
                .withDetail("chunksInFlight", stats.chunksInFlight())
                .withDetail("activeCalls", stats.activeCalls())
                .withDetail("state", stats.state().name().toLowerCase(java.util.Locale.ROOT));
    }
}
