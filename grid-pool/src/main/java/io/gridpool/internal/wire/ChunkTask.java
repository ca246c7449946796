package io.gridpool.internal.wire;

import com.hazelcast.internal.util.UUIDSerializationUtil;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.ChunkId;
import io.gridpool.internal.worker.ChunkRun;
import io.gridpool.internal.worker.WorkerState;

import java.io.IOException;
import java.util.UUID;

/**
 * One chunk of a call, as it travels to a worker: which driver, pool and call it belongs to and
 * its place in the call, the call's function and the pool's initializer, written once per call
 * and carried as they are, and the chunk's elements. On a member, {@link #call()} runs it there.
 */
public final class ChunkTask extends MemberTask<ChunkResult> {

    private UUID driver;
    private UUID pool;
    private long call;
    private int seq;
    private Payload function;
    private Payload initializer;
    private Payload elements;
    private long timeoutNanos;
    private int priority;
    private String queue;
    private transient long receivedAt = System.nanoTime();

    public ChunkTask() {
    }

    /**
     * @param driver the client or member whose pool sends it, or {@code null} in this JVM
     * @param initializer the pool's initializer, or {@code null}
     * @param timeoutNanos the longest an element may run, or 0 for no limit
     * @param priority the pool's priority among the chunks that wait for the worker's slots
     * @param queue the worker's queue it waits in: the name of the members' executor that carries it
     */
    public ChunkTask(UUID driver, UUID pool, long call, int seq, Payload function, Payload initializer,
                     Payload elements, long timeoutNanos, int priority, String queue) {
        this.driver = driver;
        this.pool = pool;
        this.call = call;
        this.seq = seq;
        this.function = function;
        this.initializer = initializer;
        this.elements = elements;
        this.timeoutNanos = timeoutNanos;
        this.priority = priority;
        this.queue = queue;
    }

    @Override
    public ChunkResult call() {
        return ChunkRun.run(this, WorkerState.of(member));
    }

    /** Which chunk this is. */
    public ChunkId id() {
        return new ChunkId(driver, pool, call, seq);
    }

    public UUID pool() {
        return pool;
    }

    /** When this copy of the task was made here, by its sender or on arrival ({@link System#nanoTime()}). */
    public long receivedAt() {
        return receivedAt;
    }

    public Payload function() {
        return function;
    }

    /** The pool's initializer, or {@code null}. */
    public Payload initializer() {
        return initializer;
    }

    public Payload elements() {
        return elements;
    }

    /** The longest an element may run, or 0 for no limit. */
    public long timeoutNanos() {
        return timeoutNanos;
    }

    /** The pool's priority among the chunks that wait for the worker's slots; higher runs first. */
    public int priority() {
        return priority;
    }

    /** The worker's queue it waits in: the name of the members' executor that carries it. */
    public String queue() {
        return queue;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        UUIDSerializationUtil.writeUUID(out, driver);
        UUIDSerializationUtil.writeUUID(out, pool);
        out.writeLong(call);
        out.writeInt(seq);
        Payload.write(out, function);
        Payload.write(out, initializer);
        Payload.write(out, elements);
        out.writeLong(timeoutNanos);
        out.writeInt(priority);
        out.writeString(queue);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        receivedAt = System.nanoTime();
        driver = UUIDSerializationUtil.readUUID(in);
        pool = UUIDSerializationUtil.readUUID(in);
        call = in.readLong();
        seq = in.readInt();
        function = Payload.read(in);
        initializer = Payload.read(in);
        elements = Payload.read(in);
        timeoutNanos = in.readLong();
        priority = in.readInt();
        queue = in.readString();
    }

    @Override
    public int getClassId() {
        return WireFactory.CHUNK_TASK;
    }
}
