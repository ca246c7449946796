package io.gridpool.internal.worker;

import com.hazelcast.client.HazelcastClientOfflineException;
import com.hazelcast.client.impl.clientside.HazelcastClientProxy;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.core.LocalMemberResetException;
import com.hazelcast.core.OperationTimeoutException;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.nio.serialization.HazelcastSerializationException;
import com.hazelcast.partition.Partition;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import io.gridpool.PoolTaskException;
import io.gridpool.internal.Exceptions;
import io.gridpool.internal.wire.CancelChunks;
import io.gridpool.internal.wire.ChunkFate;
import io.gridpool.internal.wire.ChunkResult;
import io.gridpool.internal.wire.ChunkTask;
import io.gridpool.internal.wire.Codec;
import io.gridpool.internal.wire.ReleasePool;
import io.gridpool.internal.wire.SerializingCodec;
import io.gridpool.internal.wire.SlotsQuery;
import io.gridpool.internal.wire.StuckQuery;
import io.gridpool.internal.wire.WorkerInfoQuery;
import io.gridpool.internal.wire.WorkerReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The members of a Hazelcast cluster as workers. Each member is asked once for its slots (the
 * pool size of its executor); chunks go to it through {@link IExecutorService#submitToMember};
 * members that join are asked and used, members that leave are dropped, and members that the
 * driver cannot reach (its own heartbeat, {@link Reachability}) take no chunks until they answer
 * again. Works the same from an embedded member and from a client.
 */
public final class GridWorkers implements Workers, MembershipListener {

    private static final Logger LOG = LoggerFactory.getLogger(GridWorkers.class);
    private static final long RELEASE_WAIT_MILLIS = 2_000;
    private static final long MAX_PROBE_PAUSE_MILLIS = 2_000;
    /** What a member that takes no chunks (unreachable, or a client cut off) is taken to have. */
    private static final int[] NO_SLOTS = {0, 0};

    private final HazelcastInstance hazelcast;
    private final String executorName;
    private final IExecutorService executor;
    private final IExecutorService control;
    /** How a client sends chunks without a thread per answer; {@code null} on a member. */
    private final ClientSubmission submission;
    private final Codec codec;
    private final Map<UUID, MemberWorker> members = new ConcurrentHashMap<>();
    private final Map<UUID, String> unusable = new ConcurrentHashMap<>();
    private volatile Listener listener;
    private volatile UUID registration;
    private volatile UUID lifecycleRegistration;
    private volatile Reachability<MemberWorker> reachability;
    private volatile boolean stopped;

    public GridWorkers(HazelcastInstance hazelcast, String executorName) {
        this.hazelcast = hazelcast;
        this.codec = new SerializingCodec(WorkerState.serialization(hazelcast));
        this.executorName = executorName;
        this.executor = hazelcast.getExecutorService(executorName);
        // cancels and questions must not queue behind running chunks: they have their own executor
        this.control = hazelcast.getExecutorService(executorName + ".control");
        this.submission = hazelcast instanceof HazelcastClientProxy client ? new ClientSubmission(client, executorName)
                : null;
    }

    @Override
    public void start(Listener listener) {
        this.listener = listener;
        this.reachability = new Reachability<>(this::ping, this::unreachable, this::probe,
                "gridpool-heartbeat-" + executorName);
        if (hazelcast instanceof HazelcastClientProxy) {
            this.lifecycleRegistration = hazelcast.getLifecycleService().addLifecycleListener(this::clientChanged);
        }
        this.registration = hazelcast.getCluster().addMembershipListener(this);
        joinPresentMembers();
    }

    /** A cheap question for the heartbeat, whose answer is a sign of life. */
    private CompletionStage<?> ping(MemberWorker worker) {
        try {
            return (CompletionStage<?>) control.submitToMember(new SlotsQuery(executorName), worker.member);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void joinPresentMembers() {
        try {
            for (Member member : hazelcast.getCluster().getMembers()) {
                join(member);
            }
        } catch (HazelcastClientOfflineException e) {
            LOG.debug("the client is not connected yet; its members join when it is");
        }
    }

    /**
     * A client cut off from its cluster keeps its last member list, but can send nothing: its
     * members take no chunks until it is connected again, so a call waits for them within its
     * bound, and they are asked again for their slots when it reconnects.
     */
    private void clientChanged(LifecycleEvent event) {
        switch (event.getState()) {
            case CLIENT_DISCONNECTED -> members.values().forEach(worker -> report(worker, NO_SLOTS));
            case CLIENT_CONNECTED -> {
                members.values().forEach(this::probe);
                joinPresentMembers();
            }
            default -> {
            }
        }
    }

    /** Waits until every present member has answered how many slots it has, or the time is up. */
    public void awaitProbes(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (MemberWorker worker : members.values()) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !worker.probed.await(left, TimeUnit.NANOSECONDS)) {
                return;
            }
        }
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        join(event.getMember());
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
        MemberWorker worker = members.remove(event.getMember().getUuid());
        unusable.remove(event.getMember().getUuid());
        if (worker != null) {
            reachability.forget(worker);
            synchronized (worker) {
                worker.gone = true;
                listener.left(worker);
            }
        }
    }

    /** A member the driver cannot reach takes no chunks, and those it holds go elsewhere, until it answers again. */
    private void unreachable(MemberWorker worker) {
        report(worker, NO_SLOTS);
        listener.unreachable(worker);
    }

    /** Tells the dispatcher a member's slots and capacity, unless the member has left meanwhile. */
    private void report(MemberWorker worker, int[] slots) {
        synchronized (worker) {
            if (!worker.gone) {
                listener.slots(worker, slots[0], slots[1]);
            }
        }
    }

    private void join(Member member) {
        MemberWorker worker = new MemberWorker(member);
        if (members.putIfAbsent(member.getUuid(), worker) == null) {
            reachability.watch(worker);
            probe(worker);
        }
    }

    private void probe(MemberWorker worker) {
        probe(worker, 1);
    }

    /**
     * Asks a member for its slots. A member that cannot read the question lacks grid-pool; any
     * other failure (a member still starting, a connection not yet open) is asked again, with a
     * growing pause, for as long as the member is there and the pool is open.
     */
    private void probe(MemberWorker worker, int attempt) {
        if (stopped || !members.containsKey(worker.member.getUuid())) {
            worker.probed.countDown();
            return;
        }
        CompletionStage<int[]> answer;
        try {
            answer = (CompletionStage<int[]>) control.submitToMember(new SlotsQuery(executorName), worker.member);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((slots, failure) -> {
            if (failure == null) {
                report(worker, slots);
                worker.probed.countDown();
            } else if (!members.containsKey(worker.member.getUuid()) || !hazelcast.getLifecycleService().isRunning()) {
                worker.probed.countDown();
            } else if (failure instanceof HazelcastSerializationException
                    || failure.getCause() instanceof HazelcastSerializationException) {
                String why = "member " + worker.name + " cannot run grid-pool chunks: "
                        + Exceptions.rootCause(failure) + "; every member needs grid-pool and the "
                        + "application's jar on its classpath";
                unusable.put(worker.member.getUuid(), why);
                LOG.warn("{}", why);
                worker.probed.countDown();
            } else {
                long pause = Math.min(MAX_PROBE_PAUSE_MILLIS, 50L << Math.min(attempt, 6));
                LOG.debug("{} did not say how many slots it has (attempt {}); asking again in {} ms", worker.name,
                        attempt, pause, failure);
                CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS)
                        .execute(() -> probe(worker, attempt + 1));
            }
        });
    }

    @Override
    public boolean recheck(Worker worker) {
        MemberWorker member = (MemberWorker) worker;
        if (stopped || !members.containsKey(member.member.getUuid())) {
            return false;
        }
        probe(member);
        return true;
    }

    @Override
    public UUID driver() {
        return hazelcast.getLocalEndpoint().getUuid();
    }

    @Override
    public Codec codec() {
        return codec;
    }

    @Override
    public String queue() {
        return executorName;
    }

    @Override
    public Function<Object, Worker> partitionOwners() {
        return key -> {
            Partition partition = hazelcast.getPartitionService().getPartition(key);
            Member owner = partition == null ? null : partition.getOwner();
            return owner == null ? null : members.get(owner.getUuid());
        };
    }

    @Override
    public void cancel(UUID pool, long call, int seq, Collection<Worker> on) {
        for (Worker worker : on) {
            Member member = ((MemberWorker) worker).member;
            if (members.containsKey(member.getUuid()) && hazelcast.getLifecycleService().isRunning()) {
                try {
                    ((CompletionStage<?>) control.submitToMember(new CancelChunks(pool, call, seq), member))
                            .whenComplete((done, failure) -> {
                                if (failure != null) {
                                    LOG.debug("could not cancel the chunks of call {} on {}", call, worker.name(),
                                            failure);
                                }
                            });
                } catch (RuntimeException e) {
                    LOG.debug("could not cancel the chunks of call {} on {}", call, worker.name(), e);
                }
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletionStage<long[]> stuck(UUID pool, long graceNanos, Worker on) {
        try {
            return (CompletionStage<long[]>) control.submitToMember(new StuckQuery(pool, graceNanos),
                    ((MemberWorker) on).member);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public SendFailure judge(Throwable failure, Worker worker, String chunk, long index) {
        if (!hazelcast.getLifecycleService().isRunning()) {
            return new SendFailure(ChunkFate.FAILED, new IllegalStateException(
                    "the HazelcastInstance this pool runs on was shut down", failure));
        }
        if (failure instanceof MemberLeftException || failure instanceof TargetDisconnectedException
                || failure instanceof HazelcastInstanceNotActiveException) {
            return new SendFailure(ChunkFate.LOST, failure);
        }
        // LocalMemberResetException: a member driver merging after a split brain, for a second or two
        if (failure instanceof TargetNotMemberException || failure instanceof RejectedExecutionException
                || failure instanceof HazelcastClientOfflineException || failure instanceof OperationTimeoutException
                || failure instanceof IOException || failure instanceof LocalMemberResetException) {
            return new SendFailure(ChunkFate.UNREACHED, failure);
        }
        String why = failure instanceof HazelcastSerializationException
                ? "member " + worker.name() + " could not read " + chunk + ": " + Exceptions.rootCause(failure)
                  + "; every member needs grid-pool and the application's jar on its classpath"
                : chunk + " failed on member " + worker.name() + ": " + Exceptions.rootCause(failure);
        return new SendFailure(ChunkFate.FAILED, new PoolTaskException(why, index, worker.name(), failure));
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletionStage<WorkerReport> report(UUID pool, int priority, Worker worker) {
        try {
            return ((CompletionStage<long[]>) control.submitToMember(new WorkerInfoQuery(pool, priority, executorName),
                    ((MemberWorker) worker).member)).thenApply(WorkerReport::of);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String whyNoWorkers() {
        if (!unusable.isEmpty()) {
            return String.join("; ", unusable.values());
        }
        return "the cluster '" + clusterName() + "' has no member that takes chunks ("
                + hazelcast.getCluster().getMembers().size() + " members, none with executor threads free)";
    }

    @Override
    public void stop(UUID pool, boolean wait) {
        stopped = true;
        if (reachability != null) {
            reachability.stop();
        }
        UUID id = registration;
        if (!hazelcast.getLifecycleService().isRunning()) {
            return;
        }
        if (id != null) {
            hazelcast.getCluster().removeMembershipListener(id);
        }
        if (lifecycleRegistration != null) {
            hazelcast.getLifecycleService().removeLifecycleListener(lifecycleRegistration);
        }
        List<CompletableFuture<?>> releases = new ArrayList<>();
        for (MemberWorker worker : members.values()) {
            try {
                Future<Boolean> released = control.submitToMember(new ReleasePool(pool), worker.member);
                releases.add(((CompletionStage<Boolean>) released).toCompletableFuture().exceptionally(e -> false));
            } catch (RuntimeException e) {
                LOG.debug("could not release the pool on {}", worker.name, e);
            }
        }
        if (wait) {
            awaitReleases(releases);
        }
    }

    /**
     * Members answer a release at once. Waiting for the answers keeps them from racing a shutdown
     * of the instance that follows close(), where Hazelcast logs each answer in flight as a
     * warning with a stack trace; a member that does not answer in time is not waited for.
     */
    private static void awaitReleases(List<CompletableFuture<?>> releases) {
        try {
            CompletableFuture.allOf(releases.toArray(CompletableFuture[]::new))
                    .get(RELEASE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.debug("not every member answered the pool's release", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean awaitStopped(long millis) {
        return true;
    }

    private String clusterName() {
        if (hazelcast instanceof HazelcastClientProxy client) {
            return client.getClientConfig().getClusterName();
        }
        return hazelcast.getConfig().getClusterName();
    }

    /** A member as a worker; chunks reach it through the pool's executor. */
    private final class MemberWorker implements Worker {
        private final Member member;
        private final String name;
        private final CountDownLatch probed = new CountDownLatch(1);
        private boolean gone;

        MemberWorker(Member member) {
            this.member = member;
            this.name = WorkerState.name(member.getAddress());
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<ChunkResult> run(ChunkTask task) {
            if (submission != null) {
                return submission.submit(task, member);
            }
            Future<ChunkResult> future = executor.submitToMember(task, member);
            return (CompletableFuture<ChunkResult>) future;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
