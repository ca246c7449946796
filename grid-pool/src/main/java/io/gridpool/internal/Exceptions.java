package io.gridpool.internal;

import java.io.InvalidClassException;
import java.io.NotSerializableException;

/** Reads what went wrong out of the exception chains that serialization produces. */
final class Exceptions {

    private Exceptions() {
    }

    /** Throws any throwable without declaring it; use as {@code throw sneaky(t)}. */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /** Returns the name of a class that could not be loaded somewhere in the chain, or {@code null}. */
    static String missingClass(Throwable t) {
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

    /** Returns the name of a class that Java serialization refused somewhere in the chain, or {@code null}. */
    static String unserializableClass(Throwable t) {
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
    static String rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getName()
                : root.getClass().getName() + ": " + root.getMessage();
    }
}
