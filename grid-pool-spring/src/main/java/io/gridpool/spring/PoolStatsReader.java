package io.gridpool.spring;

import io.gridpool.GridPool;
import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.PoolStats;

/** Reads the stats of the pools that keep them: grid-pool's own; a {@code Pool} of another kind has none. */
final class PoolStatsReader {

    private PoolStatsReader() {
    }

    /** Returns a snapshot of {@code pool}, or {@code null} if it keeps no stats. */
    static PoolStats read(Pool pool) {
        if (pool instanceof GridPool grid) {
            return grid.stats();
        }
        if (pool instanceof LocalPool local) {
            return local.stats();
        }
        return null;
    }
}
