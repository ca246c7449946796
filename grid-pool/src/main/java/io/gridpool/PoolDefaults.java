package io.gridpool;

import java.time.Duration;

/**
 * The default of every option of the pools, in one place: the builders start from these, and so
 * do the properties of the Spring Boot starter.
 */
public final class PoolDefaults {

    /** The chunk size of calls that give none: 0, the automatic size. */
    public static final int CHUNK_SIZE = 0;

    /** Chunks in flight per worker slot: one running, one waiting, so a slot never waits for the network. */
    public static final int IN_FLIGHT_PER_SLOT = 2;

    /** How many times a grid chunk is sent before its call gives up because every member that ran it was lost. */
    public static final int MAX_ATTEMPTS = 3;

    /** How long a grid call waits for a member that can take chunks before it fails. */
    public static final Duration MEMBER_WAIT = Duration.ofSeconds(30);

    /** The members' executor that runs a grid pool's chunks. */
    public static final String EXECUTOR_NAME = "gridpool";

    /**
     * Whether a chunk that runs well past its call's usual chunk time, once the call's input is
     * read and slots stand idle, is copied to an idle worker (the first result wins).
     */
    public static final boolean SPECULATION = true;

    /** The longest an element may run before it is interrupted and fails its call: none, by default. */
    public static final Duration TASK_TIMEOUT = null;

    /** A pool's priority on the members it shares with other pools: 0, higher runs first. */
    public static final int PRIORITY = 0;

    /** The lowest and the highest priority a pool may have. */
    public static final int MIN_PRIORITY = -100;
    public static final int MAX_PRIORITY = 100;

    /** Whether a {@link LocalPool} puts its chunks through Hazelcast's serialization. */
    public static final boolean SERIALIZING = false;

    private PoolDefaults() {
    }

    /** The threads of a {@link LocalPool}: one per processor of this machine. */
    public static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
