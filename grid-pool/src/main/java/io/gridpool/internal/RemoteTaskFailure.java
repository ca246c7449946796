package io.gridpool.internal;

/**
 * Stands in for an exception that could not travel from the worker (its class is missing here,
 * or it holds something unserializable): it keeps the original's class name, message and stack
 * trace.
 */
public final class RemoteTaskFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String originalClass;

    RemoteTaskFailure(String originalClass, String message) {
        super(message == null ? originalClass : originalClass + ": " + message);
        this.originalClass = originalClass;
    }

    /** The name of the exception class that was thrown on the worker. */
    public String originalClass() {
        return originalClass;
    }
}
