package io.gridpool.testing.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The commands of the test network ({@code ip}, {@code iptables}, {@code gcc}), run to their end. */
final class Shell {

    private static final long TIMEOUT_SECONDS = 30;

    private Shell() {
    }

    /** What a command printed (standard output and error together) and its exit status. */
    record Result(int status, String output) {
        boolean ok() {
            return status == 0;
        }
    }

    /** Runs a command; fails, with what it printed, unless it exits with 0. */
    static String run(String... command) {
        Result result = tryRun(command);
        if (!result.ok()) {
            throw new IllegalStateException("'" + String.join(" ", command) + "' failed (" + result.status() + "): "
                    + result.output().strip());
        }
        return result.output();
    }

    /** Runs a command and returns how it ended, whatever it was. */
    static Result tryRun(String... command) {
        return tryRun(Arrays.asList(command));
    }

    static Result tryRun(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    /** Whether a program is on the PATH (or at its absolute path). */
    static boolean has(String program) {
        return tryRun("sh", "-c", "command -v " + program).ok();
    }
}
