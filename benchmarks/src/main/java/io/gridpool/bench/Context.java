package io.gridpool.bench;

import io.gridpool.bench.process.Python;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a scenario runs with: how many rounds, how much of the workload (1 is all of it;
 * smaller for a quick try), the machine's python3 if any, and where progress goes.
 */
public record Context(int rounds, double scale, Optional<Python> python, Consumer<String> log) {

    /** {@code n} scaled down for a quick run, never below {@code min}. */
    public long scaled(long n, long min) {
        return Math.max(min, Math.round(n * scale));
    }

    public int scaled(int n, int min) {
        return (int) Math.max(min, Math.round(n * scale));
    }

    public void log(String line) {
        log.accept(line);
    }
}
