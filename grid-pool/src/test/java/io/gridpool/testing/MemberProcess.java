package io.gridpool.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A Hazelcast member (or a driver) in a JVM of its own, started by a test from the test's
 * classpath: it can be killed ({@code kill -9}), stopped (SIGTERM), frozen (SIGSTOP) and thawed,
 * and sent lines on its standard input. Every process is destroyed when the test closes it, and,
 * as a last resort, when the test JVM exits; a member also exits by itself when its parent's end
 * of its standard input closes.
 */
public final class MemberProcess implements AutoCloseable {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    /** What is kept of a process's output for error messages; a driver answers at length. */
    private static final int KEPT_OUTPUT = 1_000_000;

    /** The module access Hazelcast asks for, as the test JVM itself got it. */
    private static final List<String> HAZELCAST_JVM_ARGS = java.lang.management.ManagementFactory
            .getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("--add-") || a.equals("java.se") || a.contains("=ALL-UNNAMED"))
            .toList();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly)));
    }

    private final Process process;
    private final String name;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<UUID> ready = new CompletableFuture<>();
    private final Consumer<String> lines;

    private MemberProcess(Process process, String name, Consumer<String> lines) {
        this.process = process;
        this.name = name;
        this.lines = lines;
        LIVE.add(process);
        Thread reader = new Thread(this::readOutput, "output-of-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a member with {@link TestMember} and waits until it has joined its cluster. */
    public static MemberProcess start(String cluster, int port, List<Integer> ports, int slots) {
        String portList = ports.stream().map(String::valueOf).collect(Collectors.joining(","));
        return start(TestMember.class.getName(), cluster + "-" + port,
                List.of(cluster, String.valueOf(port), portList, String.valueOf(slots)), List.of());
    }

    /** Starts {@code mainClass} in a JVM with the test's classpath; waits for its {@code READY <uuid> ...} line. */
    public static MemberProcess start(String mainClass, String name, List<String> args, List<String> jvmArgs) {
        return start(mainClass, name, args, jvmArgs, System.getProperty("java.class.path"));
    }

    /** Starts {@code mainClass} in a JVM with the given classpath; waits for its {@code READY} line. */
    public static MemberProcess start(String mainClass, String name, List<String> args, List<String> jvmArgs,
                                      String classpath) {
        return start(List.of(), mainClass, name, args, jvmArgs, classpath, line -> { });
    }

    /**
     * Starts {@code mainClass} in a JVM with the given classpath, giving every line it prints after
     * its {@code READY} line to {@code lines}; waits for its {@code READY} line.
     */
    public static MemberProcess start(String mainClass, String name, List<String> args, List<String> jvmArgs,
                                      String classpath, Consumer<String> lines) {
        return start(List.of(), mainClass, name, args, jvmArgs, classpath, lines);
    }

    /**
     * Starts {@code mainClass} in a JVM with the given classpath under a command {@code prefix}
     * (such as {@code ip netns exec NAMESPACE}, which execs the JVM); waits for its {@code READY} line.
     */
    public static MemberProcess start(List<String> prefix, String mainClass, String name, List<String> args,
                                      List<String> jvmArgs, String classpath) {
        return start(prefix, mainClass, name, args, jvmArgs, classpath, line -> { });
    }

    private static MemberProcess start(List<String> prefix, String mainClass, String name, List<String> args,
                                       List<String> jvmArgs, String classpath, Consumer<String> lines) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-Dhazelcast.logging.type=slf4j");
        command.add("-Dlogback.configurationFile=logback-member.xml");
        command.addAll(HAZELCAST_JVM_ARGS);
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            MemberProcess member = new MemberProcess(process, name, lines);
            member.awaitReady();
            return member;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        try {
            ready.get(90, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            close();
            throw new IllegalStateException("member " + name + " did not start:\n" + output, e);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + name, e);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (output.length() < KEPT_OUTPUT) {
                    output.append(line).append('\n');
                }
                if (ready.isDone()) {
                    lines.accept(line);
                } else if (line.startsWith("READY ")) {
                    // "READY <uuid>", which GridMember follows with its address, cluster and slots
                    ready.complete(UUID.fromString(line.substring(6).trim().split("\\s+")[0]));
                }
            }
        } catch (IOException | IllegalArgumentException ignored) {
            // the process ended
        }
        ready.completeExceptionally(new IllegalStateException("exited with " + exitCode()));
    }

    private String exitCode() {
        return process.isAlive() ? "(still running)" : String.valueOf(process.exitValue());
    }

    public UUID uuid() {
        return ready.join();
    }

    public long pid() {
        return process.pid();
    }

    /** The exit status of a process that has ended. */
    public int exitValue() {
        return process.exitValue();
    }

    public String output() {
        return output.toString();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Writes {@code line} to the process's standard input. */
    public void send(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " no longer reads its input:\n" + output, e);
        }
    }

    /** Kills every member process still running: what a test class left behind. */
    public static void killAll() {
        LIVE.forEach(Process::destroyForcibly);
        LIVE.clear();
    }

    /** {@code kill -9}: the member dies at once, without leaving the cluster. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /**
     * SIGTERM: the member runs its shutdown hooks. Does not wait. Its output is still read, and its
     * standard input stays open (Process.destroy would close both, ending a member that watches its
     * input at once, before its hooks have run).
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** SIGSTOP: the member stops answering, as a frozen or partitioned machine does. */
    public void freeze() {
        signal("STOP");
    }

    /** SIGCONT. */
    public void thaw() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits up to a minute for the process to end; true if it did. */
    public boolean waitFor() {
        try {
            return process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            signal("CONT");
            process.destroyForcibly();
            waitFor();
        }
        LIVE.remove(process);
    }

    @Override
    public String toString() {
        return name;
    }
}
