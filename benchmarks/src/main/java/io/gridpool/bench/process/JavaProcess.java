package io.gridpool.bench.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A JVM started by the harness from its own class path: a member, or a driver of its own. Every
 * such process is destroyed when it is closed and, as a last resort, when the harness exits; the
 * ones whose main is {@link OrphanGuard}-aware also exit when the harness's end of their standard
 * input closes, so none outlives a harness that was killed. Thread-safe.
 */
public final class JavaProcess implements AutoCloseable {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final List<String> HAZELCAST_JVM_ARGS = hazelcastJvmArgs();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(JavaProcess::destroyAll, "bench-reaper"));
    }

    private final Process process;
    private final String name;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private JavaProcess(Process process, String name, Consumer<String> lines) {
        this.process = process;
        this.name = name;
        LIVE.add(process);
        this.reader = new Thread(() -> read(process.getInputStream(), lines), "output-of-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code mainClass} in a new JVM with the harness's class path, the flags Hazelcast asks
     * for and {@code jvmArgs}; its standard output and error are merged and each line is given to
     * {@code lines} (and kept, for error messages).
     */
    public static JavaProcess start(String name, List<String> jvmArgs, String mainClass, List<String> args,
                                    Consumer<String> lines) {
        List<String> command = command(jvmArgs, mainClass, args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new JavaProcess(process, name, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** The command line of a JVM running {@code mainClass} with the harness's class path and Hazelcast's flags. */
    public static List<String> command(List<String> jvmArgs, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HAZELCAST_JVM_ARGS);
        command.add("-Dhazelcast.logging.type=slf4j");
        command.add("-Dhazelcast.phone.home.enabled=false");
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** The flags Hazelcast asks of a JVM (the root pom's {@code hazelcast.jvm.args}), for JVMs started otherwise. */
    public static List<String> hazelcastFlags() {
        return HAZELCAST_JVM_ARGS;
    }

    private void read(InputStream in, Consumer<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (output.length() < 200_000) {
                    output.append(line).append('\n');
                }
                lines.accept(line);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the process printed so far (its first 200,000 characters). */
    public String output() {
        return output.toString();
    }

    /** {@code kill -9}: the process dies at once, leaving its cluster without a word. */
    public void kill() {
        process.destroyForcibly();
        waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the process to end; returns its exit status, or -1 if it is still running. */
    public int waitFor(long time, TimeUnit unit) {
        try {
            if (process.waitFor(time, unit)) {
                reader.join(TimeUnit.SECONDS.toMillis(5));
                return process.exitValue();
            }
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            waitFor(30, TimeUnit.SECONDS);
        }
        LIVE.remove(process);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }

    /** Destroys every process the harness started that is still alive. */
    public static void destroyAll() {
        for (Process process : List.copyOf(LIVE)) {
            process.destroyForcibly();
        }
        LIVE.clear();
    }

    private static List<String> hazelcastJvmArgs() {
        Properties properties = new Properties();
        try (InputStream in = JavaProcess.class.getResourceAsStream("/bench.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String args = properties.getProperty("hazelcast.jvm.args", "").strip();
        return args.isEmpty() || args.startsWith("${") ? List.of() : List.of(args.split("\\s+"));
    }
}
