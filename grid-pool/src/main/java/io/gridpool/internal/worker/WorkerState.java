package io.gridpool.internal.worker;

import com.hazelcast.cluster.Address;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.jet.function.RunnableEx;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import io.gridpool.internal.wire.Codec;
import io.gridpool.internal.wire.SerializingCodec;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a worker (a grid member, or a {@code LocalPool}) knows across chunks: its name and codec,
 * which pools have run their initializer here, which chunks are running (so that a cancel can
 * interrupt them), which calls were cancelled, and whether the worker is draining. One per member:
 * it lives in the member's user context, so several members in one JVM keep apart. Thread-safe.
 */
public final class WorkerState {

    private static final String KEY = WorkerState.class.getName();
    private static final long CANCELLED_KEPT_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final Codec codec;
    private final String name;
    private final HazelcastInstance member;
    private final Map<UUID, Initialization> initializations = new ConcurrentHashMap<>();
    private final Map<CallKey, Set<Running>> running = new ConcurrentHashMap<>();
    private final Map<CallKey, Long> cancelled = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private volatile boolean draining;

    /**
     * @param name the member's name, or {@code null} in this JVM
     * @param member the member, or {@code null} in this JVM
     */
    WorkerState(Codec codec, String name, HazelcastInstance member) {
        this.codec = codec;
        this.name = name;
        this.member = member;
    }

    /** The state of a member, created on first use. */
    public static WorkerState of(HazelcastInstance member) {
        return (WorkerState) member.getUserContext().computeIfAbsent(KEY,
                k -> new WorkerState(new SerializingCodec(serialization(member)), name(member), member));
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

    /** Refuse new chunks from now on: drivers send them to other members. */
    public void drain() {
        draining = true;
    }

    public boolean draining() {
        return draining;
    }

    /** The number of chunks running or about to run here. */
    public int activeChunks() {
        return active.get();
    }

    /**
     * Registers the current thread as running a chunk of the call; {@code null} if the call was
     * cancelled, so the chunk must not run.
     */
    Running start(UUID pool, long call) {
        CallKey key = new CallKey(pool, call);
        if (isCancelled(key)) {
            return null;
        }
        Running run = new Running(key, Thread.currentThread());
        // added inside the map's atomic step: a set that close() empties and removes is never added to
        running.compute(key, (k, runs) -> {
            Set<Running> all = runs == null ? ConcurrentHashMap.newKeySet() : runs;
            all.add(run);
            return all;
        });
        active.incrementAndGet();
        if (isCancelled(key)) {
            run.close();
            return null;
        }
        return run;
    }

    /** Cancels a call, or every call of the pool when {@code call < 0}: interrupts its running chunks. */
    public void cancel(UUID pool, long call) {
        cancelled.put(new CallKey(pool, call), forgetOldCancels());
        interruptRunning(pool, call);
    }

    /** Stops the chunks of a call (of every call of the pool when {@code call < 0}) that run here now. */
    private void interruptRunning(UUID pool, long call) {
        running.forEach((key, runs) -> {
            if (key.pool.equals(pool) && (call < 0 || key.call == call)) {
                runs.forEach(Running::interrupt);
            }
        });
    }

    /**
     * Forgets a closed or terminated pool, but remembers that it ended. A terminated pool's
     * release may arrive before its cancel, or before chunks of it queued here start; those
     * chunks must not run then, and one running now is interrupted (never its thread's next task).
     * The mark that the pool ended is set before its calls' marks are forgotten, so that at no
     * moment may a chunk of the pool start unseen.
     */
    public void release(UUID pool) {
        initializations.remove(pool);
        cancelled.put(new CallKey(pool, -1), forgetOldCancels());
        cancelled.keySet().removeIf(key -> key.pool.equals(pool) && key.call >= 0);
        interruptRunning(pool, -1);
    }

    private long forgetOldCancels() {
        long now = System.nanoTime();
        cancelled.values().removeIf(at -> now - at > CANCELLED_KEPT_NANOS);
        return now;
    }

    /**
     * Runs the pool's initializer once on this worker, before its first chunk; every chunk of the
     * pool waits for it. Returns its failure, which every later chunk of the pool sees too.
     */
    Throwable initialize(UUID pool, RunnableEx initializer) {
        return initializations.computeIfAbsent(pool, p -> new Initialization()).runOnce(initializer);
    }

    private boolean isCancelled(CallKey key) {
        return cancelled.containsKey(key) || cancelled.containsKey(new CallKey(key.pool, -1));
    }

    private record CallKey(UUID pool, long call) {
    }

    /**
     * A chunk running on a thread; closing it unregisters the thread. A cancel or release that
     * comes after the chunk registered finds it in {@code running} and stops it; one that came
     * before is seen by {@link #start}'s second look, so the flag alone answers the chunk's
     * question between elements (a volatile read, not two map lookups per element).
     */
    final class Running implements AutoCloseable {
        private final CallKey key;
        private final Thread thread;
        private boolean open = true;
        private volatile boolean stopped;

        private Running(CallKey key, Thread thread) {
            this.key = key;
            this.thread = thread;
        }

        boolean cancelled() {
            return stopped;
        }

        /** Stops the chunk, and interrupts the thread only while it still runs it, never its next task. */
        private synchronized void interrupt() {
            stopped = true;
            if (open) {
                thread.interrupt();
            }
        }

        @Override
        public void close() {
            synchronized (this) {
                open = false;
                if (isCancelled(key)) {
                    Thread.interrupted();
                }
            }
            running.computeIfPresent(key, (k, runs) -> {
                runs.remove(this);
                return runs.isEmpty() ? null : runs;
            });
            active.decrementAndGet();
        }
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
