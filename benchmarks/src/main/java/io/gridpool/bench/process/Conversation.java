package io.gridpool.bench.process;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A process that stays alive across the rounds and is asked for one run at a time: it prints
 * {@code READY {...}} once set up, then answers each command line sent to it with one line
 * {@code RESULT {...}} (or {@code ERROR ...}); it ends at the end of its standard input. The
 * Python pools and the embedded-member JVM are such processes. Every one is destroyed, with its
 * children, when closed and, as a last resort, when the harness exits. Not thread-safe.
 */
public final class Conversation implements AutoCloseable {

    private static final Set<Conversation> LIVE = ConcurrentHashMap.newKeySet();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String END = "\u0000end";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Conversation::destroyAll, "conversation-reaper"));
    }

    private final String name;
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer output = new StringBuffer();

    private Conversation(String name, Process process) {
        this.name = name;
        this.process = process;
        LIVE.add(this);
        Thread reader = new Thread(this::read, "output-of-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command} and waits up to {@code readySeconds} for its READY line. */
    public static Conversation start(String name, List<String> command, long readySeconds) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        Conversation conversation = new Conversation(name, process);
        try {
            conversation.await("READY ", readySeconds);
        } catch (RuntimeException e) {
            conversation.close();
            throw e;
        }
        return conversation;
    }

    /**
     * Sends {@code command} and returns the JSON of its RESULT line.
     *
     * @throws IllegalStateException if it answers ERROR, ends, or takes longer than {@code timeoutSeconds}
     *                               (then it is destroyed)
     */
    public JsonNode ask(String command, long timeoutSeconds) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new IllegalStateException(name + " is gone:\n" + output, e);
        }
        try {
            return await("RESULT ", timeoutSeconds);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The process and its children (a Python pool's workers): what the rounds stop while others run. */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        if (process.isAlive()) {
            all.add(process.toHandle());
            process.descendants().forEach(all::add);
        }
        return all;
    }

    private JsonNode await(String prefix, long timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try {
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new IllegalStateException(name + " gave no " + prefix.strip() + " line in " + timeoutSeconds
                            + " s:\n" + output);
                }
                if (line.equals(END) || line.startsWith("ERROR ")) {
                    throw new IllegalStateException(name + " failed:\n" + output);
                }
                if (line.startsWith(prefix)) {
                    return JSON.readTree(line.substring(prefix.length()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (output.length() < 100_000) {
                    output.append(line).append('\n');
                }
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the process ended
        }
        lines.add(END);
    }

    /** Closes its input, which ends it; destroys it and its children if they are still there a few seconds later. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        try {
            process.getOutputStream().close();
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException ignored) {
            // destroyed below either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        destroy(children);
        LIVE.remove(this);
    }

    private void destroy(List<ProcessHandle> children) {
        Stream.concat(children.stream(), process.descendants()).forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Destroys every conversation still alive, with its children. */
    public static void destroyAll() {
        for (Conversation conversation : List.copyOf(LIVE)) {
            conversation.destroy(List.of());
            LIVE.remove(conversation);
        }
    }
}
