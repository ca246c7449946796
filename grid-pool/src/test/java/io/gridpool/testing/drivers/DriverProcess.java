package io.gridpool.testing.drivers;

import io.gridpool.contract.Marks;
import io.gridpool.testing.MemberProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A driver in a JVM of its own ({@link DriverMain}), a client of a grid on loopback, and the
 * commands a test or the benchmark harness sends it: make pools, start, await and cancel calls,
 * measure {@code apply}, read the pool's figures and the members' queues. It can be killed
 * ({@code kill -9}) in the middle of its calls. One command at a time: not thread-safe.
 */
public final class DriverProcess implements AutoCloseable {

    /** The chunk size that asks for the automatic one. */
    public static final int AUTOMATIC = 0;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What a command that does not wait for calls may take at most. */
    private static final Duration QUICK = Duration.ofSeconds(150);

    private final MemberProcess process;
    private final BlockingQueue<String> answers;

    private DriverProcess(MemberProcess process, BlockingQueue<String> answers) {
        this.process = process;
        this.answers = answers;
    }

    /**
     * Starts a driver of the cluster {@code cluster}, whose members listen on {@code ports} of
     * loopback, its JVM given {@code jvmArgs} besides the test's; returns once it is connected.
     */
    public static DriverProcess start(String name, String cluster, List<Integer> ports, List<String> jvmArgs) {
        BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        String portList = ports.stream().map(String::valueOf).collect(Collectors.joining(","));
        MemberProcess process = MemberProcess.start(DriverMain.class.getName(), name, List.of(cluster, portList),
                jvmArgs, System.getProperty("java.class.path"), line -> {
                    if (line.startsWith("RESULT ") || line.startsWith("ERROR ")) {
                        answers.add(line);
                    }
                });
        return new DriverProcess(process, answers);
    }

    /**
     * Starts a driver per name, all at once, and warms each one up ({@link #warmUp}); if one fails
     * to start, the others are closed.
     */
    public static List<DriverProcess> startAll(List<String> names, String cluster, List<Integer> ports,
                                               List<String> jvmArgs) {
        List<CompletableFuture<DriverProcess>> starting = names.stream().map(name -> CompletableFuture.supplyAsync(
                () -> start(name, cluster, ports, jvmArgs).warmUp())).toList();
        List<DriverProcess> started = new ArrayList<>();
        RuntimeException failed = null;
        for (CompletableFuture<DriverProcess> driver : starting) {
            try {
                started.add(driver.join());
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            started.forEach(DriverProcess::close);
            throw failed;
        }
        return started;
    }

    /**
     * Runs a small map and a few {@code apply}s on a pool of its own, {@code warm-up}, so that
     * the classes and the code paths of a call are loaded and compiled before anything is timed.
     */
    public DriverProcess warmUp() {
        pool("warm-up", 0, true);
        run("warm-up", "warm-up", 200, 1, 2, QUICK);
        applies("warm-up", 20, 1, Duration.ofSeconds(20));
        return this;
    }

    /** The marks of the elements of a call given {@code marks} that began on a member. */
    public static Marks started(Marks marks) {
        return SleepTask.started(marks.directory());
    }

    /** The marks of the elements of a call given {@code marks} that ended, interrupted or not. */
    public static Marks ended(Marks marks) {
        return SleepTask.ended(marks.directory());
    }

    /**
     * Sends one command and returns its answer's JSON.
     *
     * @throws IllegalStateException if the driver answers ERROR, dies, or says nothing for {@code timeout}
     */
    public JsonNode ask(String command, Duration timeout) {
        process.send(command);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String answer = answers.poll(100, TimeUnit.MILLISECONDS);
                if (answer != null && answer.startsWith("ERROR ")) {
                    throw new IllegalStateException(process + " answered " + answer);
                }
                if (answer != null) {
                    return JSON.readTree(answer.substring("RESULT ".length()));
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException(process + " died:\n" + process.output());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + process, e);
        }
        throw new IllegalStateException(process + " did not answer '" + command + "' in " + timeout);
    }

    /** Makes the pool {@code name} with {@code priority} and speculation on or off. */
    public void pool(String name, int priority, boolean speculation) {
        ask("pool " + name + " " + priority + " " + speculation, QUICK);
    }

    /** Starts a map of {@code count} elements that sleep {@code millis}, in chunks of {@code chunkSize}. */
    public void map(String pool, String call, int count, int millis, int chunkSize) {
        ask(String.join(" ", "map", pool, call, str(count), str(millis), str(chunkSize), "-", "0"), QUICK);
    }

    /**
     * Starts a map whose elements leave {@code marks} ({@link #started}, {@link #ended}); returns
     * once {@code started} of them began on the members.
     */
    public void map(String pool, String call, int count, int millis, int chunkSize, Marks marks, int started) {
        ask(String.join(" ", "map", pool, call, str(count), str(millis), str(chunkSize), marks.directory(),
                str(started)), QUICK);
    }

    /**
     * Starts a {@code mapByKey} of {@code count} elements whose keys the {@code member}-th member
     * (in the cluster's order) owns: all its chunks run there. Returns once {@code started} began.
     */
    public void mapOn(String pool, String call, int member, int count, int millis, Marks marks, int started) {
        ask(String.join(" ", "mapOn", pool, call, str(member), str(count), str(millis), marks.directory(),
                str(started)), QUICK);
    }

    /** Waits for a call, whose results the driver checks exact. */
    public CallOutcome await(String call, Duration timeout) {
        JsonNode n = ask("await " + call + " " + timeout.toSeconds(), timeout.plusSeconds(30));
        return new CallOutcome(n.get("elements").asInt(), n.get("startedAt").asLong(), n.get("endedAt").asLong(),
                n.get("seconds").asDouble(), n.get("speculated").asLong());
    }

    /** Starts a map and waits for it. */
    public CallOutcome run(String pool, String call, int count, int millis, int chunkSize, Duration timeout) {
        map(pool, call, count, millis, chunkSize);
        return await(call, timeout);
    }

    /** Whether the call is still in progress. */
    public boolean isRunning(String call) {
        return ask("running " + call, QUICK).get("running").asBoolean();
    }

    public void cancel(String call) {
        ask("cancel " + call, QUICK);
    }

    /** Cancels every call of this driver. */
    public void cancelAll() {
        ask("cancelAll", QUICK);
    }

    /**
     * The latencies, in milliseconds, of {@code apply}s of one element that sleeps {@code millis},
     * one after the other: {@code count} of them, or as many as {@code budget} allows (at least one).
     */
    public List<Double> applies(String pool, int count, int millis, Duration budget) {
        JsonNode n = ask(String.join(" ", "apply", pool, str(count), str(millis), String.valueOf(budget.toMillis() / 1e3)),
                budget.plus(QUICK));
        List<Double> millisEach = new ArrayList<>();
        n.get("millis").forEach(v -> millisEach.add(v.asDouble()));
        return millisEach;
    }

    /** The pool's {@code stats()}, every field by its name. */
    public JsonNode stats(String pool) {
        return ask("stats " + pool, QUICK);
    }

    /** The pool's {@code snapshot().workers()}, every field by its name. */
    public JsonNode workers(String pool) {
        return ask("workers " + pool, QUICK);
    }

    /** The pool's {@code snapshot()}: {@code stats}, {@code workers} and its last 256 {@code chunks}. */
    public JsonNode snapshot(String pool) {
        return ask("snapshot " + pool, QUICK);
    }

    /** Each member's {@code address}, and the chunks {@code pending} and {@code running} in its executor. */
    public JsonNode load() {
        return ask("load", QUICK).get("members");
    }

    /** Waits until no member has a chunk pending or running in its executor. */
    public void awaitIdle(Duration timeout) {
        ask("idle " + timeout.toSeconds(), timeout.plus(QUICK));
    }

    public UUID uuid() {
        return process.uuid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: the driver dies at once, its client leaving the grid without a word. */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }

    @Override
    public String toString() {
        return process.toString();
    }

    private static String str(int n) {
        return String.valueOf(n);
    }

    /**
     * A call that ended with exact results.
     *
     * @param startedAt when the driver started it, in microseconds since the epoch
     * @param endedAt when its results were complete, likewise
     * @param speculated the speculative copies its pool sent meanwhile
     */
    public record CallOutcome(int elements, long startedAt, long endedAt, double seconds, long speculated) {
    }
}
