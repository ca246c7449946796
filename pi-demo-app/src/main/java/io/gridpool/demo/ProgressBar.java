package io.gridpool.demo;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** A progress bar on one terminal line, redrawn at most ten times a second and erased at the end. */
final class ProgressBar implements Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final PrintStream out;
    private long drawnAt = -REDRAW_NANOS;
    private int drawnLength;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void counted(long done, long total, long nanos) {
        if (nanos < QUIET_NANOS || nanos - drawnAt < REDRAW_NANOS) {
            return;
        }
        drawnAt = nanos;
        String line = line(done, total, nanos);
        out.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        out.flush();
        drawnLength = line.length();
    }

    @Override
    public void finished() {
        if (drawnLength > 0) {
            out.print("\r" + " ".repeat(drawnLength) + "\r");
            out.flush();
            drawnLength = 0;
        }
    }

    static String line(long done, long total, long nanos) {
        double fraction = (double) done / total;
        int filled = (int) (fraction * WIDTH);
        double seconds = nanos / 1e9;
        double rate = done / seconds;
        String eta = done == 0 ? "?" : String.format(Locale.ROOT, "%.0fs", (total - done) / rate);
        return String.format(Locale.ROOT, "[%s%s] %3.0f%%  %,d of %,d samples  %s/s  %.1fs, %s left",
                "#".repeat(filled), ".".repeat(WIDTH - filled), fraction * 100, done, total,
                Report.rate(rate), seconds, eta);
    }
}
