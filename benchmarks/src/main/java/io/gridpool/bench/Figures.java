package io.gridpool.bench;

import java.util.Locale;

/** How figures are written in the table: three significant digits, with k, M and G for large ones. */
public final class Figures {

    private Figures() {
    }

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            return String.format(Locale.ROOT, "%.3g G", value / 1e9);
        }
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "%.3g M", value / 1e6);
        }
        if (abs >= 1e4) {
            return String.format(Locale.ROOT, "%.3g k", value / 1e3);
        }
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /** A ratio, as "1.23×". */
    public static String ratio(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, value < 10 ? "%.3g×" : "%.0f×", value);
    }
}
