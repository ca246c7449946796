package io.gridpool.bench;

import java.util.List;

/**
 * A whole run of the harness: when and where it ran, and every scenario.
 *
 * @param date when the run started, ISO-8601 with the offset
 * @param machine what it ran on, and how busy the machine was
 * @param command the command that runs it
 * @param scenarios the scenarios, in order
 * @param seconds how long the whole run took
 */
public record Report(String date, Machine machine, String command, List<ScenarioResult> scenarios, double seconds) {

    /**
     * @param nproc the processors this JVM may use
     * @param cpu the processor's model name
     * @param memoryGiB the machine's memory
     * @param loadBefore the load averages (1, 5, 15 min) when the run started
     * @param loadAfter the load averages when it ended
     * @param os the operating system
     * @param java the Java runtime
     * @param python python3's version, or why there is none
     * @param hazelcast the Hazelcast version
     */
    public record Machine(int nproc, String cpu, double memoryGiB, String loadBefore, String loadAfter, String os,
                          String java, String python, String hazelcast) {
    }
}
