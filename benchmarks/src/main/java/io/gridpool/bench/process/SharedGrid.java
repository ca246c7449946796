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
     * The chunks waiting for each member's slots now, by its address, as the member counts them:
     * those in its executor's queue (where a member without a queue of its own keeps them) and
     * those on its executor's threads beyond its slots (waiting in the member's own queue).
     */
    public Map<String, Long> queued() {
        Map<String, Long> queued = new HashMap<>();
        for (JsonNode member : drivers.get(0).load()) {
            long onThreads = member.get("running").asLong();
            queued.put(member.get("address").asString(), member.get("pending").asLong()
                    + Math.max(0, onThreads - member.get("slots").asLong()));
        }
        return queued;
    }

    @Override
    public void close() {
        drivers.forEach(DriverProcess::close);
        grid.close();
    }
}
