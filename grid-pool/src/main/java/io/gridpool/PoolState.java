package io.gridpool;

/**
 * Where a pool is in its life: {@link #OPEN} until {@link Pool#close()} or
 * {@link Pool#terminate()}; a closed pool may still be terminated; neither goes back.
 */
public enum PoolState {

    /** Takes calls. */
    OPEN,
    /** Takes no new calls; the calls already submitted run to their end. */
    CLOSED,
    /** Takes no new calls; every call was cancelled. */
    TERMINATED
}
