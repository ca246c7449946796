package io.gridpool.demo;

/**
 * What one task found, and where it ran. Travels back from grid members in Hazelcast's compact
 * format (a record needs no configuration for it).
 *
 * @param samples darts thrown
 * @param inside  darts inside the unit circle
 * @param worker  the member that ran the task ({@code host:port}), or {@link #THIS_JVM}
 */
record TaskCount(long samples, long inside, String worker) {

    /** The worker of a task that ran in the driver's own JVM, serially or on a local pool. */
    static final String THIS_JVM = "this JVM";
}
