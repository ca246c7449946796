package io.gridpool.bench.scenarios;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import io.gridpool.GridPool;
import io.gridpool.PoolDefaults;
import io.gridpool.bench.Contender;
import io.gridpool.bench.Context;
import io.gridpool.bench.Figures;
import io.gridpool.bench.Measure;
import io.gridpool.bench.Rounds;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;
import io.gridpool.bench.Stats;
import io.gridpool.bench.Target;
import io.gridpool.bench.work.ConstantTask;
import io.gridpool.bench.work.Work;
import io.gridpool.testing.MemberProcess;
import io.gridpool.testing.net.EchoHost;
import io.gridpool.testing.net.NetCluster;
import io.gridpool.testing.net.NetHost;
import io.gridpool.testing.net.NetLab;
import io.gridpool.testing.net.RoundTrips;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 14, a real network: a client driver and 3 members × 2 slots, each on a test host of its
 * own (network namespaces, grid-pool's test fixture {@link NetLab}), every link delaying what it
 * sends by 0, 1, 2 (± 0.5), 5 and 20 ms. A map of 10 ms tasks, one task a chunk (the finest
 * grain, where the round trip weighs most), in tasks/s with the default window (two chunks in
 * flight per slot); then, for each delay, the smallest window that reaches 0.9 × the rate without
 * delay; and {@code apply}'s p50 against the links' round trip. Needs root (the lab).
 */
public final class NetworkLatency implements Scenario {

    private static final int SLOTS = 2;
    private static final int TASK_MILLIS = 10;
    private static final long[] DELAYS_MICROS = {0, 1_000, 2_000, 5_000, 20_000};
    private static final long TARGET_DELAY = 2_000;
    private static final long TARGET_JITTER = 500;
    private static final int[] WINDOWS = {2, 3, 4, 6, 8, 12, 16};
    private static final int ECHO_PORT = 7000;

    @Override
    public int number() {
        return 14;
    }

    @Override
    public String title() {
        return "A real network: round trips of 0-40 ms (tasks/s)";
    }

    @Override
    public ScenarioResult run(Context context) throws Exception {
        long start = System.nanoTime();
        int tasks = context.scaled(1_800, 300);
        List<Integer> sleeps = Collections.nCopies(tasks, TASK_MILLIS);
        try (NetLab lab = NetLab.create(3); NetCluster cluster = NetCluster.start(lab, lab.members(), SLOTS)) {
            NetHost echoHost = lab.member(0);
            MemberProcess echo = lab.start(echoHost, EchoHost.class.getName(),
                    List.of(echoHost.address(), String.valueOf(ECHO_PORT)), List.of("-Xmx32m"));
            HazelcastInstance client = cluster.client();
            try (echo; GridPool pool = GridPool.on(client)) {
                List<Contender> contenders = new ArrayList<>();
                for (long delay : DELAYS_MICROS) {
                    contenders.add(Contender.rate(delayName(delay), "tasks/s", () -> {
                        shape(lab, delay);
                        return tasks / FineGrainedMap.seconds(() -> pool.map(Work::sleep, sleeps, 1));
                    }, "map of " + tasks + " tasks of " + TASK_MILLIS + " ms, one a chunk, default window ("
                            + PoolDefaults.IN_FLIGHT_PER_SLOT + " per slot)"));
                }
                List<Measure> measures = new ArrayList<>(Rounds.interleave(contenders, context.rounds(), context::log));
                double plain = measures.get(0).median();
                List<String> notes = new ArrayList<>();
                for (int i = 1; i < DELAYS_MICROS.length; i++) {
                    measures.add(windowNeeded(lab, client, sleeps, DELAYS_MICROS[i], plain, notes));
                }
                List<Target> targets = new ArrayList<>();
                targets.add(Target.atLeast("2 ms ± 0.5 ms each way ≥ 0.9 × no delay (tasks/s)",
                        measures.get(2).median() / plain, 0.9, "the window: each slot must hold enough chunks "
                                + "to cover a round trip"));
                targets.add(applyTarget(lab, client, pool, echoHost, context.scaled(300, 50), measures, notes));
                notes.add("Links delayed by grid-pool's test fixture: an NFQUEUE on the lab's bridge served by a "
                        + "program that holds each packet for the delay (this kernel has no netem); the delay "
                        + "programs used " + lab.delayCpuMillis() + " ms of processor time over the whole scenario.");
                return new ScenarioResult(number(), title(), tasks + " tasks of " + TASK_MILLIS + " ms (sleeps), one "
                        + "a chunk; client driver and 3 GridMember processes × " + SLOTS + " slots, each on a "
                        + "network namespace of its own; every link delays what it sends by the row's delay",
                        measures, targets, notes, (System.nanoTime() - start) / 1e9, null);
            }
        }
    }

    private static void shape(NetLab lab, long delayMicros) {
        lab.delay(delayMicros, delayMicros == TARGET_DELAY ? TARGET_JITTER : 0);
    }

    private static String delayName(long delayMicros) {
        return delayMicros == 0 ? "no delay" : delayMicros / 1000 + " ms each way"
                + (delayMicros == TARGET_DELAY ? " ± 0.5 ms" : "");
    }

    /** The smallest window among {@link #WINDOWS} whose rate, at this delay, reaches 0.9 × {@code plain}. */
    private static Measure windowNeeded(NetLab lab, HazelcastInstance client, List<Integer> sleeps, long delay,
                                        double plain, List<String> notes) throws Exception {
        shape(lab, delay);
        StringBuilder tried = new StringBuilder();
        for (int window : WINDOWS) {
            try (GridPool pool = GridPool.builder(client).inFlightPerSlot(window).build()) {
                pool.map(Work::sleep, sleeps.subList(0, Math.min(sleeps.size(), 60 * window)), 1);
                double rate = sleeps.size() / FineGrainedMap.seconds(() -> pool.map(Work::sleep, sleeps, 1));
                tried.append(String.format(Locale.ROOT, " %d: %.0f;", window, rate));
                if (rate >= 0.9 * plain) {
                    notes.add("Window at " + delayName(delay) + " (chunks per slot: tasks/s, one run each):" + tried);
                    return Measure.of("window needed at " + delayName(delay), "chunks per slot", false,
                            List.of((double) window), "the smallest in-flight-per-slot reaching 0.9 × no delay");
                }
            }
        }
        notes.add("Window at " + delayName(delay) + ": none of" + tried + " reached 0.9 × no delay");
        return Measure.absent("window needed at " + delayName(delay), "chunks per slot", false,
                "none up to " + WINDOWS[WINDOWS.length - 1] + " reached 0.9 × no delay");
    }

    /** apply's p50 at 2 ms ± 0.5 ms against the echo round trip plus its own p50 without delay. */
    private static Target applyTarget(NetLab lab, HazelcastInstance client, GridPool pool, NetHost host, int calls,
                                      List<Measure> measures, List<String> notes) throws Exception {
        IExecutorService executor = client.getExecutorService(GridPool.DEFAULT_EXECUTOR);
        Member member = client.getCluster().getMembers().stream()
                .filter(m -> m.getAddress().getHost().equals(host.address())).findFirst().orElseThrow();
        double[] apply = new double[2];
        double[] bare = new double[2];
        double[] echo = new double[2];
        long[] delays = {0, TARGET_DELAY};
        for (int i = 0; i < 2; i++) {
            shape(lab, delays[i]);
            apply[i] = p50(calls, () -> pool.apply(() -> 1));
            bare[i] = p50(calls, () -> executor.submitToMember(new ConstantTask(), member).get());
            echo[i] = RoundTrips.measure(host.address(), ECHO_PORT, calls, 5_000).quantile(0.5) / 1e3;
            measures.add(Measure.of("apply p50, " + delayName(delays[i]), "ms", false, List.of(apply[i]),
                    calls + " calls one after the other"));
            measures.add(Measure.of("bare submitToMember p50, " + delayName(delays[i]), "ms", false, List.of(bare[i]),
                    calls + " calls to one member"));
            measures.add(Measure.of("TCP echo round trip p50, " + delayName(delays[i]), "ms", false, List.of(echo[i]),
                    calls + " one-byte echoes to a member's host"));
        }
        notes.add(String.format(Locale.ROOT, "apply p50 %s ms without delay, %s ms at 2 ms ± 0.5 ms; the echo round "
                        + "trip %s ms; the bare executor call %s ms.", Figures.format(apply[0]),
                Figures.format(apply[1]), Figures.format(echo[1]), Figures.format(bare[1])));
        return Target.atMost("apply p50 at 2 ms ± 0.5 ms ≤ round trip + its p50 without delay + 1 ms (ms)", apply[1],
                echo[1] + apply[0] + 1, "round trips the call makes on the wire");
    }

    private interface Call {
        Object call() throws Exception;
    }

    private static double p50(int calls, Call call) throws Exception {
        for (int i = 0; i < calls / 5; i++) {
            call.call();
        }
        List<Double> latencies = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            call.call();
            latencies.add((System.nanoTime() - t0) / 1e6);
        }
        return Stats.median(latencies);
    }
}
