package io.gridpool.testing.drivers;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import io.gridpool.GridPool;
import io.gridpool.PoolSnapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * What a driver process does for its test: the pools it made, by name, and the calls it runs on
 * them, by name. Each command returns what the driver answers, which {@link DriverMain} writes as
 * JSON. Driven by one thread, the driver's standard input.
 */
final class DriverCommands implements AutoCloseable {

    /** The longest a command waits for the members, or for the first elements of a call. */
    private static final long WAIT_SECONDS = 120;
    /** How many finished chunks {@code snapshot} gives, the last ones. */
    private static final int CHUNKS_GIVEN = 256;

    private final HazelcastInstance client;
    private final Map<String, GridPool> pools = new HashMap<>();
    private final Map<String, MapCall> calls = new HashMap<>();

    DriverCommands(HazelcastInstance client) {
        this.client = client;
    }

    /** Runs one command line, split into words; see {@link DriverMain} for the commands. */
    Object run(String[] w) throws Exception {
        return switch (w[0]) {
            case "pool" -> pool(w[1], Integer.parseInt(w[2]), Boolean.parseBoolean(w[3]));
            case "map" -> map(w[1], w[2], Integer.parseInt(w[3]), Integer.parseInt(w[4]), Integer.parseInt(w[5]),
                    w[6], Integer.parseInt(w[7]));
            case "mapOn" -> mapOn(w[1], w[2], Integer.parseInt(w[3]), Integer.parseInt(w[4]),
                    Integer.parseInt(w[5]), w[6], Integer.parseInt(w[7]));
            case "await" -> call(w[1]).outcome(Long.parseLong(w[2]));
            case "running" -> Map.of("running", !call(w[1]).isDone());
            case "cancel" -> cancel(List.of(call(w[1])));
            case "cancelAll" -> cancel(List.copyOf(calls.values()));
            case "apply" -> applies(pool(w[1]), Integer.parseInt(w[2]), Integer.parseInt(w[3]),
                    Double.parseDouble(w[4]));
            case "stats" -> pool(w[1]).stats();
            case "workers" -> pool(w[1]).snapshot().workers();
            case "snapshot" -> snapshot(pool(w[1]).snapshot());
            case "load" -> Map.of("members", load());
            case "idle" -> idle(Double.parseDouble(w[1]));
            default -> throw new IllegalArgumentException("unknown command " + w[0]);
        };
    }

    private Object pool(String name, int priority, boolean speculation) {
        if (pools.containsKey(name)) {
            throw new IllegalArgumentException("there is a pool " + name + " already");
        }
        pools.put(name, GridPool.builder(client).priority(priority).speculation(speculation).build());
        return Map.of("pool", name);
    }

    private GridPool pool(String name) {
        GridPool pool = pools.get(name);
        if (pool == null) {
            throw new IllegalArgumentException("no pool " + name);
        }
        return pool;
    }

    private MapCall call(String name) {
        MapCall call = calls.get(name);
        if (call == null) {
            throw new IllegalArgumentException("no call " + name);
        }
        return call;
    }

    private Object map(String pool, String name, int count, int millis, int chunkSize, String marks, int started)
            throws Exception {
        unused(name);
        List<Integer> inputs = IntStream.range(0, count).boxed().toList();
        return started(name, MapCall.map(pool(pool), task(millis, marks), inputs, chunkSize), marks, started);
    }

    /** A map of elements whose keys the {@code member}-th member of the cluster owns, each run there. */
    private Object mapOn(String pool, String name, int member, int count, int millis, String marks, int started)
            throws Exception {
        unused(name);
        Member owner = new ArrayList<>(client.getCluster().getMembers()).get(member);
        List<Integer> keys = new ArrayList<>();
        for (int key = 0; keys.size() < count && key < 1_000 * count; key++) {
            if (owner.equals(client.getPartitionService().getPartition(key).getOwner())) {
                keys.add(key);
            }
        }
        if (keys.size() < count) {
            throw new IllegalStateException("found " + keys.size() + " keys owned by " + owner + ", not " + count);
        }
        return started(name, MapCall.mapByKey(pool(pool), task(millis, marks), keys), marks, started);
    }

    private void unused(String call) {
        if (calls.containsKey(call)) {
            throw new IllegalArgumentException("there is a call " + call + " already");
        }
    }

    private static SleepTask task(int millis, String marks) throws Exception {
        if (marks.equals("-")) {
            return new SleepTask(millis, null);
        }
        Files.createDirectories(Path.of(SleepTask.started(marks).directory()));
        Files.createDirectories(Path.of(SleepTask.ended(marks).directory()));
        return new SleepTask(millis, marks);
    }

    /** Registers a call and answers once {@code started} of its elements have begun on the members. */
    private Object started(String name, MapCall call, String marks, int started) throws InterruptedException {
        calls.put(name, call);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (started > 0 && SleepTask.started(marks).count() < started) {
            if (call.isDone() || System.nanoTime() > deadline) {
                throw new IllegalStateException("call " + name + " ended or waited " + WAIT_SECONDS + " s before "
                        + started + " elements began", call.failure());
            }
            Thread.sleep(10);
        }
        return Map.of("call", name);
    }

    private static Object cancel(List<MapCall> toCancel) {
        toCancel.forEach(MapCall::cancel);
        return Map.of("cancelled", toCancel.size());
    }

    /** {@code apply} of one element, one after the other, until {@code count} or {@code seconds} (at least one). */
    private static Object applies(GridPool pool, int count, int millis, double seconds) {
        SleepTask task = new SleepTask(millis, null);
        List<Double> latencies = new ArrayList<>();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        do {
            long start = System.nanoTime();
            Integer result = pool.apply(task, latencies.size());
            latencies.add((System.nanoTime() - start) / 1e6);
            if (result != latencies.size() - 1) {
                throw new IllegalStateException("apply returned " + result + ", not its element " + (latencies.size() - 1));
            }
        } while (latencies.size() < count && System.nanoTime() < deadline);
        return Map.of("millis", latencies);
    }

    private static Object snapshot(PoolSnapshot snapshot) {
        List<PoolSnapshot.Chunk> chunks = snapshot.chunks();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("stats", snapshot.stats());
        answer.put("workers", snapshot.workers());
        answer.put("chunks", chunks.subList(Math.max(0, chunks.size() - CHUNKS_GIVEN), chunks.size()));
        return answer;
    }

    /** Every member's {@link MemberLoad}, in the cluster's order. */
    private List<Map<String, Object>> load() throws Exception {
        IExecutorService probe = client.getExecutorService(MemberLoad.EXECUTOR);
        List<Map<String, Object>> members = new ArrayList<>();
        for (Member member : client.getCluster().getMembers()) {
            long[] load = probe.submitToMember(new MemberLoad(), member).get(WAIT_SECONDS, TimeUnit.SECONDS);
            members.add(Map.of("address", member.getAddress().getHost() + ":" + member.getAddress().getPort(),
                    "pending", load[0], "running", load[1], "slots", load[2]));
        }
        return members;
    }

    /** Waits until no member's executor has a chunk queued or running. */
    private Object idle(double seconds) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (true) {
            List<Map<String, Object>> members = load();
            if (members.stream().allMatch(m -> (long) m.get("pending") == 0 && (long) m.get("running") == 0)) {
                return Map.of("members", members);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the members were still busy after " + seconds + " s: " + members);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        pools.values().forEach(GridPool::terminate);
    }
}
