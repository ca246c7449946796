package io.gridpool.bench.scenarios;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import io.gridpool.GridPool;
import io.gridpool.PoolListener;
import io.gridpool.bench.Contender;
import io.gridpool.bench.Figures;
import io.gridpool.bench.Context;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Stats;
import io.gridpool.bench.Target;
import io.gridpool.bench.process.LocalGrid;
import io.gridpool.bench.work.ConstantTask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/**
 * Scenario 3, the round trip of one task: {@code GridPool.apply} against a bare
 * {@code IExecutorService.submitToMember(...).get()}, p50 and p99, in milliseconds.
 */
public final class ApplyRoundTrip implements Scenario {

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "apply round trip (ms)";
    }

    @Override
    public ScenarioResult run(Context context) {
        long start = System.nanoTime();
        int calls = context.scaled(2_000, 200);
        Phases phases = new Phases();
        try (LocalGrid grid = LocalGrid.start("apply", 2, 2, PiThroughput.CORES, null)) {
            HazelcastInstance client = grid.client();
            try (GridPool pool = GridPool.builder(client).addListener(phases).build()) {
                IExecutorService executor = client.getExecutorService(GridPool.DEFAULT_EXECUTOR);
                List<Member> members = new ArrayList<>(client.getCluster().getMembers());
                List<Double> gridAll = new ArrayList<>();
                List<Double> bareAll = new ArrayList<>();
                List<Double> gridP99 = new ArrayList<>();
                List<Double> bareP99 = new ArrayList<>();
                Bare bare = new Bare(executor, members, false);
                Bare bareCallback = new Bare(executor, members, true);
                List<Contender> contenders = List.of(
                        Contender.time("GridPool.apply(() -> 1), p50", "ms", () -> {
                            phases.recording = true;
                            return round(calls, gridAll, gridP99, () -> {
                                phases.started();
                                return pool.apply(() -> 1);
                            });
                        }, calls + " calls one after the other per round").warmedBy(() -> round(calls,
                                new ArrayList<>(), new ArrayList<>(), () -> pool.apply(() -> 1))),
                        Contender.time("bare submitToMember(task, member).get(), p50", "ms", () -> {
                            phases.recording = false;
                            return round(calls, bareAll, bareP99, bare);
                        }, calls + " calls one after the other per round, alternating the two members; the task "
                                + "is a DataSerializable Callable returning 1")
                                .warmedBy(() -> round(calls, new ArrayList<>(), new ArrayList<>(), bare)),
                        Contender.time("reference: the bare call awaited through whenComplete, p50", "ms", () -> {
                            phases.recording = false;
                            return round(calls, new ArrayList<>(), new ArrayList<>(), bareCallback);
                        }, "not a contender: the bare call, its result taken by a whenComplete callback (which "
                                + "Hazelcast runs on an executor of its own) that completes the future the caller "
                                + "waits on; what one such hand-off costs on this machine now")
                                .warmedBy(() -> round(calls, new ArrayList<>(), new ArrayList<>(), bareCallback)));
                List<Measure> measures = new ArrayList<>(Rounds.interleave(contenders, context.rounds(), context::log));
                measures.add(Measure.of("GridPool.apply, p99", "ms", false, gridP99,
                        "p99 of each round; over all rounds: " + Figures.format(Stats.percentile(gridAll, 99))));
                measures.add(Measure.of("bare submitToMember, p99", "ms", false, bareP99,
                        "p99 of each round; over all rounds: " + Figures.format(Stats.percentile(bareAll, 99))));
                double ratio = measures.get(0).median() / measures.get(1).median();
                double extra = measures.get(0).median() - measures.get(1).median();
                List<Target> targets = List.of(Target.atMost("GridPool.apply p50 ≤ 1.1 × bare submitToMember",
                        ratio, 1.1, String.format(Locale.ROOT, "GridPool.apply's p50 is %+.2f ms from the bare "
                                + "round trip's. It does more: it registers the call and cuts and sends its chunk "
                                + "(p50 %.2f ms from the call to the send), and its chunk carries the serialized "
                                + "function and runs through grid-pool's chunk protocol. The bare call's future "
                                + "hands each answer to Hazelcast's default executor, which starts a thread per "
                                + "answer where the common pool has one thread (2 processors); GridPool's client "
                                + "driver sends the same request of the client protocol and takes the answer on "
                                + "the thread it arrives on (the reference row shows what one hand-off costs)",
                                extra, Stats.median(phases.beforeSend))));
                List<String> notes = List.of(phases.describe(), String.format(Locale.ROOT, "Over all %d rounds: GridPool p50 %.3f ms, "
                        + "p99 %.3f ms; bare p50 %.3f ms, p99 %.3f ms.", context.rounds(),
                        Stats.median(gridAll), Stats.percentile(gridAll, 99), Stats.median(bareAll),
                        Stats.percentile(bareAll, 99)));
                return new ScenarioResult(number(), title(), "one task at a time from a client driver to 2 member "
                        + "processes on loopback; the warm-up is one round of each", measures, targets, notes,
                        (System.nanoTime() - start) / 1e9, null);
            }
        }
    }

    private interface Call {
        Object call() throws Exception;
    }

    /** Times {@code calls} calls; keeps every latency in {@code all} and this round's p99 in {@code p99s}; returns the p50. */
    private static double round(int calls, List<Double> all, List<Double> p99s, Call call) throws Exception {
        List<Double> latencies = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            call.call();
            latencies.add((System.nanoTime() - t0) / 1e6);
        }
        all.addAll(latencies);
        p99s.add(Stats.percentile(latencies, 99));
        return Stats.median(latencies);
    }

    /** One bare submission to the next member, waited for directly or through a whenComplete callback. */
    private static final class Bare implements Call {
        private final IExecutorService executor;
        private final List<Member> members;
        private final boolean callback;
        private int next;

        Bare(IExecutorService executor, List<Member> members, boolean callback) {
            this.executor = executor;
            this.members = members;
            this.callback = callback;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object call() throws Exception {
            Future<Integer> future = executor.submitToMember(new ConstantTask(), members.get(next++ % members.size()));
            if (!callback) {
                return future.get();
            }
            CompletableFuture<Integer> done = new CompletableFuture<>();
            ((CompletionStage<Integer>) future).whenComplete((value, failure) -> {
                if (failure == null) {
                    done.complete(value);
                } else {
                    done.completeExceptionally(failure);
                }
            });
            return done.get();
        }
    }

    /**
     * When GridPool's chunks leave and come back, from its listener: the time from the call to the
     * send, and from the send until the pool has the result. Only the GridPool rounds record.
     */
    private static final class Phases implements PoolListener {
        final List<Double> beforeSend = new ArrayList<>();
        final List<Double> sendToResult = new ArrayList<>();
        volatile boolean recording;
        private volatile long callStart;

        void started() {
            callStart = System.nanoTime();
        }

        @Override
        public void chunkSubmitted(String worker) {
            if (recording) {
                beforeSend.add((System.nanoTime() - callStart) / 1e6);
            }
        }

        @Override
        public void chunkCompleted(String worker, long nanos) {
            if (recording) {
                sendToResult.add(nanos / 1e6);
            }
        }

        String describe() {
            return String.format(Locale.ROOT, "Where GridPool.apply's time goes (p50 over the measured rounds): "
                    + "%.3f ms from the call to the send (registering the call, cutting and serializing its "
                    + "chunk: on the caller's thread when a slot is free), %.3f ms from the send until the pool "
                    + "has the result (the round trip, the member's work, decoding); a small result of a blocking "
                    + "apply wakes the caller from the thread it arrives on.", Stats.median(beforeSend),
                    Stats.median(sendToResult));
        }
    }
}
