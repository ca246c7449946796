package io.gridpool.demo;

import java.util.List;

/**
 * The outcome of a {@link PiJob}: what the command prints and {@code GET /api/pi} answers.
 *
 * @param pi               the estimate, {@code 4 * inside / samples}
 * @param error            {@code |pi - Math.PI|}
 * @param samples          darts thrown
 * @param inside           darts inside the unit circle
 * @param seconds          wall-clock time of the run
 * @param samplesPerSecond {@code samples / seconds}
 * @param mode             {@code serial}, {@code local} or {@code grid}
 * @param slots            tasks that ran at once: 1, the local pool's threads, or the grid's slots
 * @param seed             the seed; the same seed, samples and batch give the same pi anywhere
 * @param batch            darts per task
 * @param tasks            tasks the darts were cut into
 * @param members          where the darts were thrown: each grid member, or this JVM
 */
record PiEstimate(double pi, double error, long samples, long inside, double seconds, double samplesPerSecond,
                  String mode, int slots, long seed, long batch, long tasks, List<Share> members) {

    /**
     * The darts one worker threw.
     *
     * @param member  {@code host:port} of a grid member, or "this JVM"
     * @param samples darts it threw
     * @param share   its share of all darts, from 0 to 1
     */
    record Share(String member, long samples, double share) {
    }
}
