package io.gridpool.contract;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Counts the tasks that got as far as running, whichever JVM of this machine runs them: each
 * mark is a file in a directory of the test's own. Tasks capture it, so it travels; that is how a
 * case learns that slow work has started on a member process without sleeping to find out.
 */
public record Marks(String directory) implements Serializable {

    public static Marks create() {
        try {
            return new Marks(Files.createTempDirectory("gridpool-marks-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves one mark. */
    public void add() {
        try {
            Files.createFile(Path.of(directory, UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count() {
        try (Stream<Path> marks = Files.list(Path.of(directory))) {
            return (int) marks.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete() {
        try (Stream<Path> paths = Files.walk(Path.of(directory))) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
