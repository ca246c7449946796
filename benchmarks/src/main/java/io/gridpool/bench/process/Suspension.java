package io.gridpool.bench.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Keeps every contender's processes but the measured one's stopped: {@code kill -STOP} on the
 * processes of the contenders that wait, {@code kill -CONT} on those of the one about to run, so
 * no idle member, Python pool or Jet grid takes processor time from the contender measured, and
 * none has to be started again (each stays warm). Not thread-safe: the rounds run on one thread.
 */
public final class Suspension implements AutoCloseable {

    /** How long a process that was just continued is given before it is measured. */
    private static final long SETTLE_MILLIS = 300;

    private final Set<Long> stopped = new LinkedHashSet<>();

    /**
     * Lets {@code running} run and stops {@code waiting} (less whatever is in {@code running}, as
     * when two contenders share a grid); returns whether a process was continued.
     */
    public boolean only(Collection<ProcessHandle> running, Collection<ProcessHandle> waiting) {
        Set<Long> run = pids(running);
        List<Long> toStop = new ArrayList<>();
        for (long pid : pids(waiting)) {
            if (!run.contains(pid) && stopped.add(pid)) {
                toStop.add(pid);
            }
        }
        List<Long> toContinue = new ArrayList<>();
        for (long pid : run) {
            if (stopped.remove(pid)) {
                toContinue.add(pid);
            }
        }
        signal("-STOP", toStop);
        awaitStopped(toStop);
        signal("-CONT", toContinue);
        if (!toContinue.isEmpty()) {
            LocalGrid.sleep(SETTLE_MILLIS);
        }
        return !toContinue.isEmpty();
    }

    /** Continues every process this stopped, so that each can be closed in good order. */
    @Override
    public void close() {
        signal("-CONT", List.copyOf(stopped));
        stopped.clear();
    }

    private static Set<Long> pids(Collection<ProcessHandle> handles) {
        Set<Long> pids = new LinkedHashSet<>();
        for (ProcessHandle handle : handles) {
            if (handle.isAlive()) {
                pids.add(handle.pid());
            }
        }
        return pids;
    }

    /** Waits until each stopped process has taken the signal ({@code T} in /proc), at most a couple of seconds. */
    private static void awaitStopped(List<Long> pids) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (long pid : pids) {
            while (System.nanoTime() < deadline) {
                String stat = read(Path.of("/proc", String.valueOf(pid), "stat"));
                char state = stat == null ? 'T' : stat.charAt(stat.lastIndexOf(')') + 2);
                if (state == 'T' || state == 't' || state == 'Z' || state == 'X') {
                    break;
                }
                LocalGrid.sleep(5);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return null; // gone, or no /proc here: nothing to wait for
        }
    }

    /** One {@code kill} for all of them, so the members of a grid stop and go on together. */
    private static void signal(String signal, List<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            kill.getInputStream().readAllBytes(); // a process that ended meanwhile is no error here
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                throw new IllegalStateException("kill " + signal + " did not return");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
