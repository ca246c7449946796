package io.gridpool.bench.process;

import io.gridpool.testing.drivers.DriverProcess;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid of member processes ({@link LocalGrid}) shared by several drivers, each a JVM of its own
 * with its own pools, commanded by the harness ({@link DriverProcess}, the driver process of
 * grid-pool's tests): what the several-drivers scenario runs on. Closing it kills the drivers,
 * then the members. Not thread-safe.
 */
public final class SharedGrid implements AutoCloseable {

    private static final Duration IDLE_WAIT = Duration.ofSeconds(120);

    private final LocalGrid grid;
    private final List<DriverProcess> drivers = new ArrayList<>();

    private SharedGrid(LocalGrid grid) {
        this.grid = grid;
    }

    /** Starts {@code members} members of {@code slots} slots and {@code drivers} driver processes, warmed up. */
    public static SharedGrid start(String label, int members, int slots, int drivers) {
        SharedGrid shared = new SharedGrid(LocalGrid.start(label, members, members, slots, null));
        try {
            List<Integer> ports = Arrays.stream(shared.grid.addresses().split(","))
                    .map(a -> Integer.valueOf(a.substring(a.lastIndexOf(':') + 1))).toList();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < drivers; i++) {
                names.add(label + "-driver-" + i);
            }
            shared.drivers.addAll(DriverProcess.startAll(names, shared.grid.clusterName(), ports,
                    JavaProcess.hazelcastFlags()));
        } catch (RuntimeException e) {
            shared.close();
            throw e;
        }
        return shared;
    }

    public DriverProcess driver(int index) {
        return drivers.get(index);
    }

    /** Waits until no member has a chunk queued or running in its executor. */
    public void awaitIdle() {
        drivers.get(0).awaitIdle(IDLE_WAIT);
    }

    /**
     * The chunks waiting for each member's slots now, by its address: its executor's queue, as the
     * member counts it, plus, where the drivers' snapshots report it ({@code queued}, once
     * members keep a queue of their own), the most any of the pools {@code pool} of
     * {@code drivers} last learned waits in that member's own queue.
     */
    public Map<String, Long> queued(String pool, List<DriverProcess> reporting) {
        Map<String, Long> queued = new HashMap<>();
        for (JsonNode member : drivers.get(0).load()) {
            queued.put(member.get("address").asString(), member.get("pending").asLong());
        }
        Map<String, Long> ownQueue = new HashMap<>();
        for (DriverProcess driver : reporting) {
            for (JsonNode worker : driver.workers(pool)) {
                if (worker.has("queued")) {
                    ownQueue.merge(worker.get("name").asString(), Math.max(0, worker.get("queued").asLong()), Math::max);
                }
            }
        }
        ownQueue.forEach((member, n) -> queued.merge(member, n, Long::sum));
        return queued;
    }

    /** Whether the drivers' snapshots report the chunks waiting in a member's own queue. */
    public boolean membersReportQueues(String pool) {
        JsonNode workers = drivers.get(0).workers(pool);
        return workers.size() > 0 && workers.get(0).has("queued");
    }

    @Override
    public void close() {
        drivers.forEach(DriverProcess::close);
        grid.close();
    }
}
