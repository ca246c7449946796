package io.gridpool.bench.process;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The python3 of this machine, if there is one, running the harness's own scripts (resources under
 * {@code io/gridpool/bench/python}) as subprocesses. A script ends with a line
 * {@code RESULT {"seconds": ..., "items": ...}}. Thread-safe.
 */
public final class Python {

    private static final String[] SCRIPTS = {"pi_serial.py", "pool_server.py"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String version;
    private final Path scripts;

    private Python(String version, Path scripts) {
        this.version = version;
        this.scripts = scripts;
    }

    /** The python3 on the PATH with the scripts unpacked, or empty when there is none. */
    public static Optional<Python> find() {
        String version;
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return Optional.of(new Python(version, unpack()));
    }

    public String version() {
        return version;
    }

    /** What a script measured: its wall time in seconds and how many items it did. */
    public record Run(double seconds, long items) {
        public double rate() {
            return items / seconds;
        }
    }

    /**
     * Runs {@code script} with {@code args} and returns its RESULT.
     *
     * @throws IllegalStateException if it fails, prints no RESULT, or runs past {@code timeoutSeconds}
     */
    public Run run(String script, long timeoutSeconds, String... args) {
        List<String> command = new ArrayList<>(List.of("python3", scripts.resolve(script).toString()));
        command.addAll(List.of(args));
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Process started = process;
            // a script that hangs is killed, which ends the reading below
            CompletableFuture.delayedExecutor(timeoutSeconds, TimeUnit.SECONDS).execute(() -> destroy(started));
            StringBuilder output = new StringBuilder();
            JsonNode result = null;
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith("RESULT ")) {
                        result = JSON.readTree(line.substring(7));
                    }
                }
            }
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0 || result == null) {
                throw new IllegalStateException("python3 " + script + " failed:\n" + output);
            }
            return new Run(result.get("seconds").asDouble(), result.get("items").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (process != null) {
                destroy(process);
            }
        }
    }

    /**
     * Starts a {@code multiprocessing.Pool} that stays alive across the rounds ({@code pool_server.py}):
     * ask it {@code "run"} for one timed {@code Pool.map} of {@code work} over {@code count} items,
     * whose RESULT reads with {@link #run(JsonNode)}.
     */
    public Conversation serve(String work, long count) {
        return Conversation.start("python3 pool_server.py " + work, List.of("python3",
                scripts.resolve("pool_server.py").toString(), work, String.valueOf(count)), 120);
    }

    /** A RESULT line's figures. */
    public static Run run(JsonNode result) {
        return new Run(result.get("seconds").asDouble(), result.get("items").asLong());
    }

    /** Ends the script and the pool workers it forked, if they still run. */
    private static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Path unpack() {
        try {
            Path dir = Files.createTempDirectory("gridpool-bench-python");
            dir.toFile().deleteOnExit();
            for (String script : SCRIPTS) {
                try (InputStream in = Python.class.getResourceAsStream("/io/gridpool/bench/python/" + script)) {
                    Path target = dir.resolve(script);
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    target.toFile().deleteOnExit();
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
