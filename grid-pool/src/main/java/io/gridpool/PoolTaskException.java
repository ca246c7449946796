package io.gridpool;

/**
 * The failure of one element of a pool call: the function threw on it, or the element or its
 * result could not travel between the caller and the worker.
 * <p>
 * {@link #index()} is the element's position in the call's input (0 for {@code apply}), and
 * {@link #member()} the grid member where it failed, or {@code null} when it failed in this JVM.
 * When the function threw, the {@linkplain #getCause() cause} is the original exception, carrying
 * the stack trace of the worker that ran it; if that exception cannot travel (its class is missing
 * on the caller's side, or it holds something unserializable), the cause is a
 * {@link RemoteTaskFailure} with its class name, message and stack trace.
 * <p>
 * Instances are immutable and thread-safe.
 */
public class PoolTaskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long index;
    private final String member;

    /**
     * Creates an exception for the element at {@code index}.
     *
     * @param message what went wrong, naming the element, the member and the class involved
     * @param index the element's position in the call's input
     * @param member the member where it failed, or {@code null} for this JVM
     * @param cause the original exception, or {@code null}
     */
    public PoolTaskException(String message, long index, String member, Throwable cause) {
        super(message, cause);
        this.index = index;
        this.member = member;
    }

    /** Returns the position of the failing element in the call's input, 0 for {@code apply}. */
    public long index() {
        return index;
    }

    /** Returns the grid member where the element failed, or {@code null} if it failed in this JVM. */
    public String member() {
        return member;
    }
}
