package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/local-cluster.sh on the packaged jar, as a user runs it: two member JVMs with Compose's
 * environment, the driver's report, and every member stopped (drained) at the end.
 */
class LocalClusterIT {

    private static final Path SCRIPT = Path.of("..", "docker", "local-cluster.sh");
    private static final long SAMPLES = 200_000_000L;
    private static final long SEED = 7;

    @Test
    void twoMembers_exactPi_aShareOnEach_allStopped(@TempDir Path logs) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "2", "--samples=2e8", "--seed=" + SEED)
                .redirectErrorStream(true);
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("PI_LOGS", logs.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("GRIDPOOL_"));
        Process script = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(script.getInputStream()));
        if (!script.waitFor(4, TimeUnit.MINUTES)) {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
            fail("local-cluster.sh did not finish in 4 minutes:%n%s", output.getNow(""));
        }
        String printed = output.get(10, TimeUnit.SECONDS);

        assertThat(script.exitValue()).as(printed).isZero();
        double serialPi = new PiEstimator(Mode.SERIAL, null, null)
                .estimate(new PiJob(SAMPLES, PiOptions.DEFAULT_BATCH, SEED), Progress.none()).pi();
        assertThat(printed).as(printed).contains("\npi ~= " + serialPi + "\n").contains("\nmode: grid, 2 members, ");
        List<String> shares = printed.lines().filter(line -> line.matches("  127\\.0\\.0\\.1:\\d+ +\\d+\\.\\d% +[\\d,]+ samples"))
                .toList();
        assertThat(shares).as(printed).hasSize(2).noneMatch(line -> line.contains(" 0.0%"));
        for (long pid : memberPids(printed)) {
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("member pid %d", pid).isEmpty();
        }
        for (String log : List.of("member-1.log", "member-2.log")) {
            assertThat(Files.readString(logs.resolve(log))).as(log).contains("DRAINING ").contains("STOPPED ");
        }
    }

    private static List<Long> memberPids(String printed) {
        Matcher matcher = Pattern.compile("local-cluster: member \\d+ on \\S+, pid (\\d+),").matcher(printed);
        List<Long> pids = matcher.results().map(result -> Long.valueOf(result.group(1))).toList();
        assertThat(pids).as(printed).hasSize(2);
        return pids;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
