package io.gridpool.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.function.FunctionEx;
import com.hazelcast.jet.function.RunnableEx;
import com.hazelcast.internal.util.UUIDSerializationUtil;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.TaskFailure.Kind;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * One chunk of a call, as it travels to a member: the call's function and the pool's
 * initializer, serialized once per call and carried as bytes, and the chunk's elements, each
 * written with Hazelcast's serialization. On the member it reads them, runs the initializer once
 * per pool, applies the function, and writes the results back the same way.
 */
public final class ChunkTask extends MemberTask<ChunkResult> {

    private UUID pool;
    private long call;
    private byte[] function;
    private byte[] initializer;
    private byte[] elements;
    private int count;
    private transient FunctionEx<?, ?> fnObject;
    private transient RunnableEx initializerObject;
    private transient List<Object> elementObjects;

    public ChunkTask() {
    }

    /** A chunk that stays in this JVM as objects, for a {@code LocalPool} that does not serialize. */
    static ChunkTask inMemory(UUID pool, long call, FunctionEx<?, ?> fn, RunnableEx initializer,
                              List<Object> elements) {
        ChunkTask task = new ChunkTask(pool, call, null, null, null, elements.size());
        task.fnObject = fn;
        task.initializerObject = initializer;
        task.elementObjects = elements;
        return task;
    }

    ChunkTask(UUID pool, long call, byte[] function, byte[] initializer, byte[] elements, int count) {
        this.pool = pool;
        this.call = call;
        this.function = function;
        this.initializer = initializer;
        this.elements = elements;
        this.count = count;
    }

    @Override
    public ChunkResult call() {
        return runAt(Worksite.of(member));
    }

    /** Runs the chunk where {@code site} says, serializing what comes in and what goes out. */
    @SuppressWarnings("rawtypes")
    ChunkResult runAt(Worksite site) {
        if (site.state().draining()) {
            return ChunkResult.refused("member " + site.name() + " is draining");
        }
        long start = System.nanoTime();
        try (WorkerState.Running running = site.state().start(pool, call)) {
            if (running == null) {
                return ChunkResult.cancelled();
            }
            FunctionEx fn = fnObject;
            List<Object> inputs = elementObjects;
            RunnableEx init = initializerObject;
            Payload.ReadFailure unreadable = null;
            if (fn == null) {
                try {
                    fn = (FunctionEx) Payload.decodeOne(site.serialization(), function);
                } catch (Exception | LinkageError e) {
                    return failed(site, Kind.FUNCTION_UNREADABLE, 0, e, start);
                }
                try {
                    inputs = Payload.decode(site.serialization(), elements, count);
                } catch (Payload.ReadFailure e) {
                    unreadable = e;
                    inputs = e.before;
                }
                init = initializer == null ? null
                        : () -> ((RunnableEx) Payload.decodeOne(site.serialization(), initializer)).runEx();
            }
            HazelcastInstance previous = ChunkContext.enter(site.member());
            ChunkRunner.Outcome outcome;
            try {
                Throwable initFailure = init == null ? null : site.state().initialize(pool, init);
                if (initFailure != null) {
                    return failed(site, Kind.INITIALIZER_FAILED, 0, initFailure, start);
                }
                outcome = ChunkRunner.run(fn, inputs, running::cancelled);
            } finally {
                ChunkContext.exit(previous);
            }
            if (outcome.cancelled()) {
                return ChunkResult.cancelled();
            }
            return finish(site, outcome, unreadable, start);
        }
    }

    private static ChunkResult finish(Worksite site, ChunkRunner.Outcome outcome, Payload.ReadFailure unreadable,
                                      long start) {
        if (site.serialization() == null) {
            TaskFailure failure = outcome.failure() == null ? null
                    : failure(site, Kind.FUNCTION_THREW, outcome.failedAt(), outcome.failure());
            return ChunkResult.of(outcome.values(), failure, System.nanoTime() - start);
        }
        Payload.Encoded encoded = Payload.encode(site.serialization(), outcome.values());
        TaskFailure failure = null;
        if (!encoded.complete()) {
            failure = failure(site, Kind.RESULT_UNWRITABLE, encoded.failedAt(), encoded.failure());
        } else if (outcome.failure() != null) {
            failure = failure(site, Kind.FUNCTION_THREW, outcome.failedAt(), outcome.failure());
        } else if (unreadable != null) {
            failure = failure(site, Kind.ELEMENT_UNREADABLE, unreadable.offset, unreadable.getCause());
        }
        return ChunkResult.encoded(encoded.bytes(), encoded.count(), failure, System.nanoTime() - start);
    }

    private static ChunkResult failed(Worksite site, Kind kind, int offset, Throwable cause, long start) {
        TaskFailure failure = failure(site, kind, offset, cause);
        return site.serialization() == null ? ChunkResult.of(List.of(), failure, System.nanoTime() - start)
                : ChunkResult.encoded(null, 0, failure, System.nanoTime() - start);
    }

    private static TaskFailure failure(Worksite site, Kind kind, int offset, Throwable cause) {
        return site.serialization() == null ? TaskFailure.local(kind, offset, cause)
                : TaskFailure.remote(kind, offset, site.name(), cause, site.serialization());
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        UUIDSerializationUtil.writeUUID(out, pool);
        out.writeLong(call);
        out.writeByteArray(function);
        out.writeByteArray(initializer);
        out.writeInt(count);
        out.writeByteArray(elements);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        pool = UUIDSerializationUtil.readUUID(in);
        call = in.readLong();
        function = in.readByteArray();
        initializer = in.readByteArray();
        count = in.readInt();
        elements = in.readByteArray();
    }

    @Override
    public int getClassId() {
        return WireFactory.CHUNK_TASK;
    }
}
