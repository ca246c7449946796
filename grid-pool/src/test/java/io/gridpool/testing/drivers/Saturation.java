package io.gridpool.testing.drivers;

import io.gridpool.contract.Marks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps that keep a grid busy: one per driver, of sleeping elements in chunks of the automatic
 * size, as an application's long map is cut. Closing it cancels them and waits until the members
 * are idle. Not thread-safe.
 */
public final class Saturation implements AutoCloseable {

    /** How many of each map's elements have begun when {@link #start} returns, unless told. */
    private static final int STARTED = 4;
    private static final Duration IDLE_WAIT = Duration.ofSeconds(120);

    private final String call;
    private final List<DriverProcess> drivers = new ArrayList<>();
    private final List<Marks> marks = new ArrayList<>();

    private Saturation(String call) {
        this.call = call;
    }

    /**
     * Starts the map {@code call}, {@code count} elements of {@code millis}, on each driver's pool
     * {@code pool}; returns once each one's elements run on the members.
     */
    public static Saturation start(String call, String pool, int count, int millis, List<DriverProcess> drivers) {
        return start(call, pool, count, millis, drivers, STARTED);
    }

    /**
     * Starts the map {@code call} on each driver's pool {@code pool}, one driver after the other;
     * returns once {@code startedEach} of each one's elements have begun (0: at once).
     */
    public static Saturation start(String call, String pool, int count, int millis, List<DriverProcess> drivers,
                                   int startedEach) {
        Saturation saturation = new Saturation(call);
        try {
            for (DriverProcess driver : drivers) {
                Marks started = Marks.create();
                saturation.drivers.add(driver);
                saturation.marks.add(started);
                driver.map(pool, call, count, millis, DriverProcess.AUTOMATIC, started, startedEach);
            }
        } catch (RuntimeException e) {
            saturation.close();
            throw e;
        }
        return saturation;
    }

    /** Whether every one of the maps is still in progress. */
    public boolean running() {
        return drivers.stream().allMatch(d -> d.isRunning(call));
    }

    @Override
    public void close() {
        drivers.forEach(DriverProcess::cancelAll);
        if (!drivers.isEmpty()) {
            drivers.get(0).awaitIdle(IDLE_WAIT);
        }
        marks.forEach(Marks::delete);
    }
}
