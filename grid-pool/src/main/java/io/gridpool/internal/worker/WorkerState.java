package io.gridpool.internal.worker;

import com.hazelcast.client.Client;
import com.hazelcast.client.ClientListener;
import com.hazelcast.cluster.Address;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.jet.function.RunnableEx;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import io.gridpool.internal.wire.ChunkTask;
import io.gridpool.internal.wire.Codec;
import io.gridpool.internal.wire.SerializingCodec;
import io.gridpool.internal.wire.WorkerReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a worker (a grid member, or a {@code LocalPool}) knows across chunks: its name and codec,
 * the queue in front of each of its executors' slots ({@link SlotQueue}), which pools have run
 * their initializer here, which chunks wait or run now, what must not run ({@link Cancels}), and
 * whether the worker is draining. One per member: it lives in the member's
 * user context, so several members in one JVM keep apart; on a member it also watches the
 * drivers, so that the chunks of a driver that leaves or dies stop. Thread-safe.
 */
public final class WorkerState {

    private static final String KEY = WorkerState.class.getName();

    private final Codec codec;
    private final String name;
    private final HazelcastInstance member;
    private final Map<UUID, Initialization> initializations = new ConcurrentHashMap<>();
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final Cancels cancels = new Cancels();
    private final DeadlineWatch deadlines;
    private final Function<String, QueueSize> sizes;
    private final Map<String, SlotQueue> queues = new ConcurrentHashMap<>();
    private volatile boolean draining;

    /**
     * @param name the member's name, or {@code null} in this JVM
     * @param member the member, or {@code null} in this JVM
     * @param sizes the size of the queue in front of the executor of a name
     */
    WorkerState(Codec codec, String name, HazelcastInstance member, Function<String, QueueSize> sizes) {
        this.codec = codec;
        this.name = name;
        this.member = member;
        this.sizes = sizes;
        this.deadlines = new DeadlineWatch(running, () -> member == null || member.getLifecycleService().isRunning());
    }

    /** The state of a member, created on first use; from then on it watches the drivers. */
    public static WorkerState of(HazelcastInstance member) {
        return (WorkerState) member.getUserContext().computeIfAbsent(KEY, k -> {
            WorkerState state = new WorkerState(new SerializingCodec(serialization(member)), name(member), member,
                    executor -> QueueSize.of(member.getConfig(), executor));
            state.watchDrivers();
            return state;
        });
    }

    /** Clients and members that leave are drivers whose chunks must stop here. */
    private void watchDrivers() {
        member.getClientService().addClientListener(new ClientListener() {
            @Override
            public void clientConnected(Client client) {
            }

            @Override
            public void clientDisconnected(Client client) {
                driverLeft(client.getUuid());
            }
        });
        member.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                driverLeft(event.getMember().getUuid());
            }
        });
    }

    /**
     * What this worker says of itself to {@code pool}, whose chunks go through {@code executor}
     * and rank with {@code priority}.
     */
    public WorkerReport report(UUID pool, int priority, String executor) {
        Runtime runtime = Runtime.getRuntime();
        return new WorkerReport(runtime.totalMemory() - runtime.freeMemory(), runtime.maxMemory(),
                runtime.availableProcessors(), queue(executor).load(pool, priority), runTimes(pool));
    }

    /** The serialization of a member or client. */
    public static InternalSerializationService serialization(HazelcastInstance instance) {
        return (InternalSerializationService) ((SerializationServiceSupport) instance).getSerializationService();
    }

    private static String name(HazelcastInstance member) {
        return name(member.getCluster().getLocalMember().getAddress());
    }

    /** A member's address as {@code host:port}. */
    public static String name(Address address) {
        return address.getHost() + ":" + address.getPort();
    }

    /** How chunks are read and written here. */
    Codec codec() {
        return codec;
    }

    /** The member's name for messages, or {@code null} in this JVM. */
    String name() {
        return name;
    }

    /** The member, for {@code GridContext}, or {@code null} in this JVM. */
    HazelcastInstance member() {
        return member;
    }

    /** The queue in front of the slots of {@code executor}, made on first use. */
    SlotQueue queue(String executor) {
        return queues.computeIfAbsent(executor, e -> {
            QueueSize size = sizes.apply(e);
            return new SlotQueue(size.slots(), size.capacity());
        });
    }

    /** The slots of {@code executor} here, and how many chunks may wait for them. */
    public QueueSize queueSize(String executor) {
        SlotQueue queue = queue(executor);
        return new QueueSize(queue.slots(), queue.capacity());
    }

    /**
     * Refuse new chunks from now on, and those that wait and never ran: drivers send them to other
     * members. Chunks that ran and gave way to other work go on.
     */
    public void drain() {
        draining = true;
        queues.values().forEach(SlotQueue::refuseWaiting);
    }

    public boolean draining() {
        return draining;
    }

    /** The number of chunks here, running or waiting for a slot. */
    public int activeChunks() {
        return running.size();
    }

    /** Registers the current thread as the chunk's; {@code null} if the chunk must not run. */
    Running start(ChunkTask task) {
        ChunkId id = task.id();
        long receivedAt = task.receivedAt();
        if (cancels.stop(id, receivedAt)) {
            return null;
        }
        Running run = new Running(id, Thread.currentThread(), running, () -> cancels.stop(id, receivedAt),
                task.timeoutNanos());
        if (run.timed()) {
            deadlines.start();
        }
        running.add(run);
        if (cancels.stop(id, receivedAt)) {
            run.close();
            return null;
        }
        return run;
    }

    /**
     * The time each of the pool's chunks here has held a slot so far, as (call, seq, nanos)
     * triples; chunks that have not run yet are left out.
     */
    private long[] runTimes(UUID pool) {
        long now = System.nanoTime();
        List<Long> found = new ArrayList<>();
        for (Running run : running) {
            Turn turn = run.id().pool().equals(pool) ? run.turn() : null;
            long ran = turn == null ? -1 : turn.ranSoFar(now);
            if (ran >= 0) {
                found.addAll(List.of(run.id().call(), (long) run.id().seq(), ran));
            }
        }
        return found.stream().mapToLong(Long::longValue).toArray();
    }

    /** Cancels a call, or every call of the pool when {@code call < 0}: interrupts its running chunks. */
    public void cancel(UUID pool, long call) {
        cancels.call(pool, call);
        interrupt(id -> id.pool().equals(pool) && (call < 0 || id.call() == call));
    }

    /** Cancels one chunk of a call, a copy that lost to another: interrupts it if it runs here. */
    public void cancelChunk(UUID pool, long call, int seq) {
        cancels.chunk(pool, call, seq);
        interrupt(id -> id.pool().equals(pool) && id.call() == call && id.seq() == seq);
    }

    /**
     * Forgets a closed or terminated pool, but remembers that it ended. A terminated pool's
     * release may arrive before its cancel, or before chunks of it queued here start; those
     * chunks must not run then, and one running now is interrupted (never its thread's next task).
     */
    public void release(UUID pool) {
        initializations.remove(pool);
        cancels.poolEnded(pool);
        interrupt(id -> id.pool().equals(pool));
    }

    /** A driver left: its running chunks are interrupted, and those it sent before now never start. */
    void driverLeft(UUID driver) {
        cancels.driverLeft(driver);
        interrupt(id -> driver.equals(id.driver()));
    }

    /**
     * The elements of the pool's chunks that overran their deadline at least {@code graceNanos}
     * ago and still run, having ignored their interrupt: as (call, seq, offset) triples.
     */
    public long[] stuck(UUID pool, long graceNanos) {
        long now = System.nanoTime();
        List<Long> found = new ArrayList<>();
        for (Running run : running) {
            int offset = run.id().pool().equals(pool) ? run.stuck(now, graceNanos) : -1;
            if (offset >= 0) {
                found.addAll(List.of(run.id().call(), (long) run.id().seq(), (long) offset));
            }
        }
        return found.stream().mapToLong(Long::longValue).toArray();
    }

    /** The worker is gone: its deadline watch stops. */
    void stop() {
        deadlines.stop();
    }

    private void interrupt(Predicate<ChunkId> which) {
        for (Running run : running) {
            if (which.test(run.id())) {
                run.interrupt();
            }
        }
    }

    /**
     * Runs the pool's initializer once on this worker, before its first chunk; every chunk of the
     * pool waits for it. Returns its failure, which every later chunk of the pool sees too.
     */
    Throwable initialize(UUID pool, RunnableEx initializer) {
        return initializations.computeIfAbsent(pool, p -> new Initialization()).runOnce(initializer);
    }

    private static final class Initialization {
        private boolean done;
        private Throwable failure;

        synchronized Throwable runOnce(RunnableEx initializer) {
            if (!done) {
                try {
                    initializer.runEx();
                } catch (Throwable t) {
                    failure = t;
                }
                done = true;
            }
            return failure;
        }
    }
}
