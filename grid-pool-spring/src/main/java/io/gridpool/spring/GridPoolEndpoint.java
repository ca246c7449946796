package io.gridpool.spring;

import com.fasterxml.jackson.annotation.JsonValue;
import io.gridpool.Pool;
import io.gridpool.PoolSnapshot;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@link Endpoint @Endpoint} {@code gridpool}: the {@link Pool#snapshot() snapshot} of the
 * application's pool, read-only. Its JSON names classes, member addresses and counts, never the
 * values of elements or results; instants and durations are ISO-8601 strings
 * ({@code "2026-01-31T12:00:00.123Z"}, {@code "PT0.021S"}). Exposed over HTTP, like every endpoint
 * but health, only when the application says so ({@code management.endpoints.web.exposure.include}).
 */
@Endpoint(id = GridPoolEndpoint.ID)
public class GridPoolEndpoint {

    /** The endpoint's id, and the last segment of its path: {@code /actuator/gridpool}. */
    public static final String ID = "gridpool";

    private final Pool pool;

    public GridPoolEndpoint(Pool pool) {
        this.pool = pool;
    }

    @ReadOperation
    public SnapshotDescriptor snapshot() {
        return new SnapshotDescriptor(pool.snapshot());
    }

    /**
     * The snapshot, written by Actuator's own JSON mapper as {@link PoolSnapshot} reads: {@code takenAt},
     * {@code stats}, {@code calls}, {@code workers} and {@code chunks}.
     */
    public static final class SnapshotDescriptor implements OperationResponseBody {

        private final PoolSnapshot snapshot;

        SnapshotDescriptor(PoolSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        @JsonValue
        public PoolSnapshot getSnapshot() {
            return snapshot;
        }
    }
}
