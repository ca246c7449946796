package io.gridpool;

/**
 * Stands in, as the cause of a {@link PoolTaskException}, for an exception that could not travel
 * from the worker: its class is missing on the caller's side, or it holds something that cannot be
 * serialized. It keeps the original's class name, message and stack trace. Immutable.
 */
public final class RemoteTaskFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String originalClass;

    /**
     * @param originalClass the name of the exception class thrown on the worker
     * @param message its message, or {@code null}
     */
    public RemoteTaskFailure(String originalClass, String message) {
        super(message == null ? originalClass : originalClass + ": " + message);
        this.originalClass = originalClass;
    }

    /** The name of the exception class that was thrown on the worker. */
    public String originalClass() {
        return originalClass;
    }
}
