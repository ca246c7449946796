package io.gridpool.bench.work;

/** The small functions the scenarios map; members have them on their class path. */
public final class Work {

    private Work() {
    }

    /** The fine-grained function: {@code x -> x + 1}. */
    public static Integer addOne(Integer x) {
        return x + 1;
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
}
