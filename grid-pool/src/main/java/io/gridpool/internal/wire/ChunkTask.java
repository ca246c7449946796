package io.gridpool.internal.wire;

import com.hazelcast.internal.util.UUIDSerializationUtil;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.ChunkRun;
import io.gridpool.internal.worker.WorkerState;

import java.io.IOException;
import java.util.UUID;

/**
 * One chunk of a call, as it travels to a worker: which pool and call it belongs to, the call's
 * function and the pool's initializer, written once per call and carried as they are, and the
 * chunk's elements. On a member, {@link #call()} runs it there.
 */
public final class ChunkTask extends MemberTask<ChunkResult> {

    private UUID pool;
    private long call;
    private Payload function;
    private Payload initializer;
    private Payload elements;

    public ChunkTask() {
    }

    /**
     * @param initializer the pool's initializer, or {@code null}
     */
    public ChunkTask(UUID pool, long call, Payload function, Payload initializer, Payload elements) {
        this.pool = pool;
        this.call = call;
        this.function = function;
        this.initializer = initializer;
        this.elements = elements;
    }

    @Override
    public ChunkResult call() {
        return ChunkRun.run(this, WorkerState.of(member));
    }

    public UUID pool() {
        return pool;
    }

    public long callId() {
        return call;
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

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        UUIDSerializationUtil.writeUUID(out, pool);
        out.writeLong(call);
        Payload.write(out, function);
        Payload.write(out, initializer);
        Payload.write(out, elements);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        pool = UUIDSerializationUtil.readUUID(in);
        call = in.readLong();
        function = Payload.read(in);
        initializer = Payload.read(in);
        elements = Payload.read(in);
    }

    @Override
    public int getClassId() {
        return WireFactory.CHUNK_TASK;
    }
}
