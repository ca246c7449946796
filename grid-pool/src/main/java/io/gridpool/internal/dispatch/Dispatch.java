package io.gridpool.internal.dispatch;

/**
 * What a call may ask of the dispatcher: the other half of the narrow interface between them
 * ({@link Job} is the first). A call never calls these while it holds its own lock.
 */
public interface Dispatch {

    /** The call can take more input now (its consumer made room): feed it when a slot is free. */
    void wantsInput(Job job);

    /** The call failed or was cancelled: drop its chunks that wait, and stop those on the workers. */
    void stopChunks(Job job);

    /** The call may be over now ({@link Job#over()}); if it is, the pool forgets it. */
    void settled(Job job);
}
