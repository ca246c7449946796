package io.gridpool.demo;

import java.io.PrintStream;
import java.util.Locale;

/** Plain progress lines, one at each tenth of the darts counted, for output that is not a terminal. */
final class ProgressLines implements Progress {

    private final PrintStream out;
    private int tenthsSaid;

    ProgressLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public void counted(long done, long total, long nanos) {
        int tenths = (int) (10 * done / total);
        if (nanos < QUIET_NANOS || tenths <= tenthsSaid || done == total) {
            return;
        }
        tenthsSaid = tenths;
        out.printf(Locale.ROOT, "progress: %d%% of %,d samples after %.1fs%n", tenths * 10, total, nanos / 1e9);
        out.flush();
    }

    @Override
    public void finished() {
        // the report follows
    }
}
