package io.gridpool.demo;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * Told how far a run has come. Runs shorter than {@link #QUIET_NANOS} show nothing. Called by
 * the one thread that reads the run's results.
 */
interface Progress {

    /** Runs shorter than a second show no progress. */
    long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** {@code done} of {@code total} darts are counted, {@code nanos} after the start. */
    void counted(long done, long total, long nanos);

    /** The run is over; whatever was drawn is cleared. */
    void finished();

    /** A bar redrawn in place: for a terminal. */
    static Progress bar(PrintStream out) {
        return new ProgressBar(out);
    }

    /** A line at every tenth: for a log or a pipe. */
    static Progress lines(PrintStream out) {
        return new ProgressLines(out);
    }

    /** Nothing at all: for the web endpoint. */
    static Progress none() {
        return new Progress() {
            @Override
            public void counted(long done, long total, long nanos) {
            }

            @Override
            public void finished() {
            }
        };
    }
}
