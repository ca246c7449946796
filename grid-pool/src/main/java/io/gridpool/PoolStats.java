package io.gridpool;

/**
 * A snapshot of a pool, for health checks and dashboards; {@link Pool#stats()} makes one.
 * Immutable.
 *
 * @param workers the workers that take chunks now: members of the grid, or 1 for this JVM
 * @param slots the worker slots now available ({@link Pool#parallelism()})
 * @param chunksInFlight the chunks sent and not yet back, running or waiting on their workers
 * @param othersRunning the workers' slots that run other pools' chunks (of this driver or
 *        another), as the workers last told
 * @param queued the chunks of every pool that wait on the workers for a slot, as last told
 * @param chunksSubmitted the chunks sent since the pool started, resends included
 * @param chunksCompleted the chunks whose results were taken
 * @param chunksFailed the chunks that failed their call
 * @param chunksRetried the chunks that came back unrun and were sent again
 * @param chunksSpeculated the speculative copies of chunks sent (also counted as submitted)
 * @param activeCalls the calls not yet over
 * @param state where the pool is in its life
 */
public record PoolStats(int workers, int slots, int chunksInFlight, int othersRunning, int queued,
                        long chunksSubmitted, long chunksCompleted,
                        long chunksFailed, long chunksRetried, long chunksSpeculated, int activeCalls,
                        PoolState state) {
}
