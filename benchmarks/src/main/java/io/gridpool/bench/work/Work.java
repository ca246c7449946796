package io.gridpool.bench.work;

/** The small functions the scenarios map; members have them on their class path. */
public final class Work {

    /**
     * The system property, given to one member process only, that makes that member slower:
     * {@link #sleepSlowed} sleeps this many times its argument there (1 elsewhere).
     */
    public static final String SLOWDOWN_PROPERTY = "gridpool.bench.slowdown";

    private static final double SLOWDOWN = Double.parseDouble(System.getProperty(SLOWDOWN_PROPERTY, "1"));

    private Work() {
    }

    /** The fine-grained function: {@code x -> x + 1}. */
    public static Integer addOne(Integer x) {
        return x + 1;
    }

    /** A task that does nothing: it returns its argument. The unit of the scenarios that measure the cost of a task. */
    public static Integer noop(Integer x) {
        return x;
    }

    /** A task that sleeps {@code millis} and returns it: latency-bound work. */
    public static Integer sleep(Integer millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return millis;
    }

    /**
     * A task that sleeps {@code millis} times this JVM's {@link #SLOWDOWN_PROPERTY} and returns
     * {@code millis}: latency-bound work on a member that may be a slower machine.
     */
    public static Integer sleepSlowed(Integer millis) {
        sleep((int) Math.round(millis * SLOWDOWN));
        return millis;
    }
}
