package io.gridpool.internal;

import java.time.Duration;

/** Argument checks with uniform messages ("fn cannot be null"). Stateless and thread-safe. */
public final class Checks {

    private Checks() {
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " cannot be null");
        }
        return value;
    }

    public static int atLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }

    public static int between(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", was " + value);
        }
        return value;
    }

    public static Duration positive(Duration value, String name) {
        notNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " cannot be blank");
        }
        return value;
    }
}
