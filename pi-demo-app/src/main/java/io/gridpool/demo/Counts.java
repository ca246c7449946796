package io.gridpool.demo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the counts people type: {@code 1000000}, {@code 1e9}, {@code 2.5e9}, {@code 10_000_000_000}.
 * Every refusal is one line that names the value and says what is wanted. Thread-safe.
 */
final class Counts {

    /** Digits with single underscores between them, an optional fraction, an optional exponent. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(_\\d+)*(\\.\\d+)?([eE][+-]?\\d+)?");

    private Counts() {
    }

    /**
     * Returns {@code text} as a whole number from {@code min} to {@code max}.
     *
     * @param name what the number is, for the message ("samples")
     * @throws IllegalArgumentException with a one-line reason if it is not such a number
     */
    static long parse(String name, String text, long min, long max) {
        String value = text == null ? "" : text.strip();
        if (!NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a whole number such as 1000000, 1e9 or 10_000_000_000, "
                    + "was '" + text + "'");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace("_", ""));
        } catch (NumberFormatException | ArithmeticException e) {
            // an exponent beyond what BigDecimal holds
            throw new IllegalArgumentException(name + " must be at most " + readable(max) + ", was '" + text + "'");
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + text + "'");
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw new IllegalArgumentException(name + " must be at least " + readable(min) + ", was '" + text + "'");
        }
        if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException(name + " must be at most " + readable(max) + ", was '" + text + "'");
        }
        return number.longValueExact();
    }

    /** Returns {@code text} as any {@code long}, underscores allowed: a seed. */
    static long parseSeed(String text) {
        String value = text == null ? "" : text.strip();
        if (value.matches("[+-]?\\d+(_\\d+)*")) {
            try {
                return new BigInteger(value.replace("_", "")).longValueExact();
            } catch (ArithmeticException e) {
                // said below
            }
        }
        throw new IllegalArgumentException("seed must be a whole number from " + Long.MIN_VALUE + " to "
                + Long.MAX_VALUE + ", was '" + text + "'");
    }

    /** {@code 1e15} for a power of ten, else the number with thousands separated: {@code 100,000}. */
    static String readable(long count) {
        if (count >= 1_000_000 && BigDecimal.valueOf(count).stripTrailingZeros().unscaledValue().equals(BigInteger.ONE)) {
            return "1e" + (String.valueOf(count).length() - 1);
        }
        return String.format(Locale.ROOT, "%,d", count);
    }
}
