package io.gridpool.internal.worker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The driver's own heartbeat to its members: each is asked a cheap question every second, on the
 * control executor. A member that has not answered for {@link #SILENT_MILLIS} while another
 * member did is reported unreachable; it is reported reachable again as soon as it answers. A
 * member that the cluster keeps but the driver cannot reach (a cut between the two only) is thus
 * noticed in seconds, whatever Hazelcast's heartbeats are set to (a client closes a silent
 * connection after 60 s by default, and the cluster never drops a member that the others reach).
 * When no member answers, the driver itself is cut off or stalled, and nothing is reported: there
 * would be nowhere else to send the work. Thread-safe.
 *
 * @param <W> the workers watched
 */
final class Reachability<W> {

    private static final Logger LOG = LoggerFactory.getLogger(Reachability.class);
    static final long PERIOD_MILLIS = 1_000;
    static final long SILENT_MILLIS = 4_000;

    /** What is known of one member; guarded by its own monitor. */
    private static final class Heard {
        long lastAnswer = System.nanoTime();
        boolean asking;
        boolean unreachable;
    }

    private final Map<W, Heard> watched = new ConcurrentHashMap<>();
    private final Function<W, CompletionStage<?>> ask;
    private final Consumer<W> lost;
    private final Consumer<W> back;
    private final ScheduledExecutorService timer;

    /**
     * @param ask   asks a member something cheap; any answer is a sign of life
     * @param lost  told of a member that cannot be reached
     * @param back  told of a member reported unreachable that answered again
     * @param name  names the timer's thread
     */
    Reachability(Function<W, CompletionStage<?>> ask, Consumer<W> lost, Consumer<W> back, String name) {
        this.ask = ask;
        this.lost = lost;
        this.back = back;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::tick, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    void watch(W worker) {
        watched.putIfAbsent(worker, new Heard());
    }

    void forget(W worker) {
        watched.remove(worker);
    }

    void stop() {
        timer.shutdownNow();
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            long silentNanos = TimeUnit.MILLISECONDS.toNanos(SILENT_MILLIS);
            boolean anyHeard = watched.values().stream().anyMatch(heard -> heardWithin(heard, now, silentNanos));
            watched.forEach((worker, heard) -> {
                boolean silent;
                synchronized (heard) {
                    silent = anyHeard && !heard.unreachable && now - heard.lastAnswer > silentNanos;
                    heard.unreachable |= silent;
                }
                if (silent) {
                    LOG.warn("member {} has not answered the driver for {} ms: its chunks go to other members until "
                            + "it does", worker, SILENT_MILLIS);
                    lost.accept(worker);
                }
                askIfIdle(worker, heard);
            });
        } catch (RuntimeException e) {
            LOG.warn("the driver's heartbeat to its members failed", e);
        }
    }

    private static boolean heardWithin(Heard heard, long now, long nanos) {
        synchronized (heard) {
            return now - heard.lastAnswer <= nanos;
        }
    }

    private void askIfIdle(W worker, Heard heard) {
        synchronized (heard) {
            if (heard.asking) {
                return;
            }
            heard.asking = true;
        }
        // a question that a cut leaves unanswered is given up after a while and asked anew, so a member
        // heard again after a heal is not waiting on a question lost before it
        CompletableFuture<Object> bounded = new CompletableFuture<>();
        try {
            ask.apply(worker).whenComplete((value, failure) -> bounded.complete(failure == null));
        } catch (RuntimeException e) {
            bounded.complete(false);
        }
        bounded.completeOnTimeout(false, SILENT_MILLIS, TimeUnit.MILLISECONDS)
                .thenAccept(alive -> answered(worker, heard, (Boolean) alive));
    }

    private void answered(W worker, Heard heard, boolean alive) {
        boolean returned;
        synchronized (heard) {
            heard.asking = false;
            returned = alive && heard.unreachable;
            if (alive) {
                heard.lastAnswer = System.nanoTime();
                heard.unreachable = false;
            }
        }
        if (returned && watched.get(worker) == heard) {
            LOG.info("member {} answers the driver again", worker);
            back.accept(worker);
        }
    }
}
