package io.gridpool.internal;

import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what went wrong out of the exception chains that serialization produces. */
public final class Exceptions {

    /** How Hazelcast's Java deserialization filter refuses a class (SerializationClassNameFilter). */
    private static final Pattern FILTER_REFUSAL = Pattern.compile("Resolving class (\\S+) is not allowed\\.?");

    private Exceptions() {
    }

    /** Throws any throwable without declaring it; use as {@code throw sneaky(t)}. */
    @SuppressWarnings("unchecked")
    public static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /** Returns the name of a class that could not be loaded somewhere in the chain, or {@code null}. */
    public static String missingClass(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ClassNotFoundException && c.getMessage() != null) {
                return c.getMessage();
            }
            if (c instanceof NoClassDefFoundError && c.getMessage() != null) {
                return c.getMessage().replace('/', '.');
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /**
     * Returns the name of a class that Hazelcast's Java deserialization filter refused somewhere
     * in the chain, or {@code null}.
     */
    public static String refusedClass(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SecurityException && c.getMessage() != null) {
                Matcher refusal = FILTER_REFUSAL.matcher(c.getMessage());
                if (refusal.matches()) {
                    return refusal.group(1);
                }
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** Returns the name of a class that Java serialization refused somewhere in the chain, or {@code null}. */
    public static String unserializableClass(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof NotSerializableException && c.getMessage() != null) {
                return c.getMessage();
            }
            if (c instanceof InvalidClassException ice && ice.classname != null) {
                return ice.classname;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** The innermost cause, as "Class: message". */
    public static String rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getName()
                : root.getClass().getName() + ": " + root.getMessage();
    }
}
