package io.gridpool.internal.worker;

import io.gridpool.internal.wire.ChunkFate;
import io.gridpool.internal.wire.ChunkResult;
import io.gridpool.internal.wire.ChunkTask;
import io.gridpool.internal.wire.Codec;
import io.gridpool.internal.wire.WorkerReport;

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
 * The threads of this JVM as the only worker of a {@code LocalPool}. Chunks reach the threads
 * through the pool's codec, which keeps them as objects or puts them through Hazelcast's
 * serialization on the way in and out, exactly as they would travel to and from a member.
 */
public final class LocalWorkers implements Workers {

    private final int threads;
    private final ThreadPoolExecutor executor;
    private final Codec codec;
    private final WorkerState state;
    private final Worker self = new Self();

    /** The queue in front of the threads: as many slots as threads, and no chunk waits in it. */
    private static final String QUEUE = "this JVM";

    public LocalWorkers(String name, int threads, Codec codec) {
        this.threads = threads;
        this.executor = Threads.fixed(name + "-worker", threads);
        this.codec = codec;
        this.state = new WorkerState(codec, null, null, queue -> new QueueSize(threads, threads));
    }

    @Override
    public void start(Listener listener) {
        listener.slots(self, threads, threads);
    }

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public UUID driver() {
        return null;
    }

    @Override
    public Codec codec() {
        return codec;
    }

    @Override
    public Function<Object, Worker> partitionOwners() {
        return null;
    }

    @Override
    public void cancel(UUID pool, long call, int seq, Collection<Worker> on) {
        if (seq < 0) {
            state.cancel(pool, call);
        } else {
            state.cancelChunk(pool, call, seq);
        }
    }

    @Override
    public CompletionStage<long[]> stuck(UUID pool, long graceNanos, Worker on) {
        return CompletableFuture.completedFuture(state.stuck(pool, graceNanos));
    }

    @Override
    public SendFailure judge(Throwable failure, Worker worker, String chunk, long index) {
        if (failure instanceof RejectedExecutionException) {
            return new SendFailure(ChunkFate.CANCELLED, new CancellationException("the pool's threads were shut down"));
        }
        return new SendFailure(ChunkFate.FAILED, failure);
    }

    @Override
    public CompletionStage<WorkerReport> report(UUID pool, int priority, Worker worker) {
        return CompletableFuture.completedFuture(state.report(pool, priority, QUEUE));
    }

    @Override
    public String whyNoWorkers() {
        return "the pool has no threads";
    }

    @Override
    public void stop(UUID pool, boolean wait) {
        state.release(pool);
        state.stop();
        List<Runnable> neverRun = executor.shutdownNow();
        for (Runnable job : neverRun) {
            ((Job) job).result.completeExceptionally(new CancellationException("the pool was terminated"));
        }
    }

    @Override
    public boolean awaitStopped(long millis) throws InterruptedException {
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    private final class Self implements Worker {
        @Override
        public String name() {
            return "this JVM";
        }

        @Override
        public CompletionStage<ChunkResult> run(ChunkTask task) {
            Job job = new Job(task);
            executor.execute(job);
            return job.result;
        }
    }

    /** A chunk on its way through the pool's threads. */
    private final class Job implements Runnable {
        private final ChunkTask task;
        private final CompletableFuture<ChunkResult> result = new CompletableFuture<>();

        Job(ChunkTask task) {
            this.task = task;
        }

        @Override
        public void run() {
            try {
                result.complete(codec.carry(ChunkRun.run(codec.carry(task), state)));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }
    }
}
