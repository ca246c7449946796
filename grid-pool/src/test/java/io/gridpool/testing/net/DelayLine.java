package io.gridpool.testing.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The delay of one host's link: a process of {@code nfq_delay} (a small C program against
 * libnetfilter_queue, shipped as source with the fixture and compiled once per version into the
 * temporary directory) that holds each packet of the host's NFQUEUE queue for the delay, give or
 * take the jitter, then accepts it. It exits when its standard input closes, so it never outlives
 * the JVM that started it; stopping it lets the packets it holds go.
 */
final class DelayLine implements AutoCloseable {

    private static final String SOURCE = "nfq_delay.c";
    private static Path program;

    private final Process process;

    private DelayLine(Process process) {
        this.process = process;
    }

    /** Starts serving {@code queue} with a delay of {@code micros} ± {@code jitterMicros}. */
    static DelayLine start(int queue, long micros, long jitterMicros) {
        try {
            Process process = new ProcessBuilder(program().toString(), String.valueOf(queue), String.valueOf(micros),
                    String.valueOf(jitterMicros)).redirectErrorStream(true).start();
            DelayLine line = new DelayLine(process);
            line.awaitReady(queue);
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(int queue) {
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException e) {
                return e.toString();
            }
        });
        String line;
        try {
            line = first.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            line = e.toString();
        }
        if (!"READY".equals(line)) {
            close();
            throw new IllegalStateException("nfq_delay did not serve queue " + queue + ": " + line);
        }
    }

    /** The processor time the program has used so far, in milliseconds. */
    long cpuMillis() {
        return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The compiled program, built from the source on the classpath the first time it is needed. */
    static synchronized Path program() {
        if (program != null) {
            return program;
        }
        byte[] source = source();
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "gridpool-net");
        Path binary = dir.resolve("nfq_delay-" + digest(source));
        if (!Files.isExecutable(binary)) {
            compile(source, dir, binary);
        }
        program = binary;
        return binary;
    }

    private static byte[] source() {
        try (InputStream in = DelayLine.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the classpath beside " + DelayLine.class);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compile(byte[] source, Path dir, Path binary) {
        try {
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "nfq_delay", ".c");
            Files.write(file, source);
            Path built = dir.resolve(binary.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Shell.Result result = Shell.tryRun(List.of("gcc", "-O2", "-o", built.toString(), file.toString(),
                    "-lnetfilter_queue", "-lnfnetlink"));
            Files.delete(file);
            if (!result.ok()) {
                Files.deleteIfExists(built);
                throw new IllegalStateException("could not compile " + SOURCE + " (the test network needs gcc and "
                        + "libnetfilter-queue-dev): " + result.output().strip());
            }
            Files.move(built, binary, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(byte[] source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
