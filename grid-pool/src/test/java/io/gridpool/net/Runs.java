package io.gridpool.net;

import com.hazelcast.function.FunctionEx;
import io.gridpool.GridContext;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Where the elements of the network tests ran: each element that starts on a member appends its
 * index and the time to a file named after the member's host, in a directory of the test's own that the member
 * processes share with the test (they are on the same machine, only their networks differ). An
 * element cut off from the driver on its member leaves its mark there even though its result never
 * arrives; its result, from the member that ran it again, says where and when that was.
 */
record Runs(String directory) implements Serializable {

    /** An element's result: its index, the host of the member that ran it, and when it started there. */
    record Ran(int x, String host, long startMillis) {
    }

    static Runs create() {
        try {
            return new Runs(Files.createTempDirectory("gridpool-runs-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Integer> inputs(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    /** A task that marks its start on its member, sleeps {@code millis} and says where it ran. */
    FunctionEx<Integer, Ran> sleeping(long millis) {
        Runs runs = this;
        return x -> {
            String host = GridContext.hazelcast().getCluster().getLocalMember().getAddress().getHost();
            long start = System.currentTimeMillis();
            runs.mark(host, x, start);
            Thread.sleep(millis);
            return new Ran(x, host, start);
        };
    }

    private void mark(String host, int x, long startMillis) {
        try {
            Files.write(Path.of(directory, host), (x + " " + startMillis + "\n").getBytes(StandardCharsets.US_ASCII),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The elements that started on {@code host}, with when they started there (the first time, if more). */
    Map<Integer, Long> startedOn(String host) {
        Path file = Path.of(directory, host);
        try (Stream<String> lines = Files.exists(file) ? Files.lines(file) : Stream.empty()) {
            Map<Integer, Long> started = new HashMap<>();
            lines.filter(line -> !line.isBlank()).map(line -> line.strip().split(" "))
                    .forEach(mark -> started.putIfAbsent(Integer.valueOf(mark[0]), Long.valueOf(mark[1])));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        try (Stream<Path> paths = Files.walk(Path.of(directory))) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
