package io.gridpool.internal;

import com.hazelcast.internal.serialization.InternalSerializationService;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The threads of this JVM as the only worker of a {@code LocalPool}. Chunks stay objects, or,
 * in the serializing mode, go through Hazelcast's serialization on the way in and out, exactly as
 * they would to and from a member.
 */
final class LocalWorkers implements Workers {

    private final int threads;
    private final ThreadPoolExecutor executor;
    private final InternalSerializationService serialization;
    private final WorkerState state = new WorkerState();
    private final Worker self = new Self();

    LocalWorkers(String name, int threads, boolean serializing) {
        this.threads = threads;
        this.executor = Threads.fixed(name + "-worker", threads);
        this.serialization = serializing ? LocalSerialization.create() : null;
    }

    @Override
    public void start(Listener listener) {
        listener.slots(self, threads);
    }

    @Override
    public InternalSerializationService serialization() {
        return serialization;
    }

    @Override
    public Function<Object, Worker> partitionOwners() {
        return null;
    }

    @Override
    public void cancel(UUID pool, long call, Collection<Worker> on) {
        state.cancel(pool, call);
    }

    @Override
    public Verdict judge(Chunk chunk, Worker worker, Throwable failure) {
        if (failure instanceof RejectedExecutionException) {
            return Verdict.of(Verdict.Kind.FATAL, new CancellationException("the pool's threads were shut down"));
        }
        return Verdict.of(Verdict.Kind.FATAL, failure);
    }

    @Override
    public String whyNoWorkers() {
        return "the pool has no threads";
    }

    @Override
    public void stop(UUID pool, boolean wait) {
        List<Runnable> neverRun = executor.shutdownNow();
        for (Runnable job : neverRun) {
            ((Job) job).result.completeExceptionally(new CancellationException("the pool was terminated"));
        }
    }

    @Override
    public boolean awaitStopped(long millis) throws InterruptedException {
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    private ChunkResult runHere(ChunkTask task) {
        Worksite site = new Worksite(serialization, null, state, null);
        if (serialization == null) {
            return task.runAt(site);
        }
        ChunkTask received = serialization.toObject(serialization.toData(task));
        ChunkResult result = received.runAt(site);
        return serialization.toObject(serialization.toData(result));
    }

    private final class Self implements Worker {
        @Override
        public String name() {
            return "this JVM";
        }

        @Override
        public CompletionStage<ChunkResult> run(Chunk chunk) {
            Job job = new Job(chunk.task);
            executor.execute(job);
            return job.result;
        }
    }

    private final class Job implements Runnable {
        private final ChunkTask task;
        private final CompletableFuture<ChunkResult> result = new CompletableFuture<>();

        Job(ChunkTask task) {
            this.task = task;
        }

        @Override
        public void run() {
            try {
                result.complete(runHere(task));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }
    }
}
