package io.gridpool.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** GridMember as an operator meets it: --help, and one line and an exit status when it cannot start. */
@Timeout(120)
class GridMemberCommandTest {

    @TempDir
    Path dir;

    @Test
    void help_explainsEveryOptionAndItsVariable() throws Exception {
        Run run = Run.of("--help");

        assertThat(run.status).isZero();
        assertThat(run.stdout).startsWith("Usage: java -cp <application jar>:<grid-pool and its dependencies> "
                + GridMember.class.getName() + " [options]");
        for (Option option : Option.values()) {
            assertThat(run.stdout).contains(option.flag() + " " + option.value(), option.variable(), option.help());
        }
        assertThat(run.stdout.lines()).allMatch(line -> line.length() <= 120);
        assertThat(run.stderr).isEmpty();
    }

    @Test
    void badOption_oneLine_status2() throws Exception {
        Run run = Run.of("--cluster-name", "pi", "--prot", "5701");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.stderr).isEqualTo("grid-member: unknown option --prot (see --help)\n");
        assertThat(run.stdout).isEmpty();
    }

    @Test
    void badValue_oneLine_status2() throws Exception {
        Run run = Run.of("--slots", "many");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.stderr).isEqualTo("grid-member: --slots/GRIDPOOL_SLOTS must be a whole number from 1 to "
                + "10000, was 'many' (see --help)\n");
    }

    @Test
    void missingConfigFile_oneLine_status1() throws Exception {
        Path missing = dir.resolve("missing.yaml");

        Run run = Run.of("--config", missing.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.stderr).isEqualTo("grid-member: cannot read the config file " + missing
                + ": there is no such file\n");
    }

    @Test
    void brokenConfigFile_oneLine_status1() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "hazelcast:\n  cluster-name: [pi\n");

        Run run = Run.of("--config", broken.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.stderr).startsWith("grid-member: the config file " + broken
                + " is not a valid Hazelcast member config: ").endsWith("\n");
        assertThat(run.stderr.lines()).hasSize(1);
        assertThat(run.stdout).doesNotContain("\tat ", "Exception");
    }

    /**
     * The mistake behind a Compose service's replicas forming a grid each: its name, which resolves to
     * every replica, given as a member list. Hazelcast would take it for this member's own address.
     */
    @Test
    void membersNameResolvingToThisMemberAndOthers_oneLine_status2() throws Exception {
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 replicas\n127.0.0.2 replicas\n");

        Run run = Run.withJvmArgs(List.of("-Djdk.net.hosts.file=" + hosts),
                "--members", "replicas", "--interface", "127.0.0.1");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.stderr).isEqualTo("grid-member: --members/GRIDPOOL_MEMBERS: replicas resolves to 2 addresses, "
                + "this member's among them, and Hazelcast would take the name for this member's own address; give "
                + "a name that stands for several members to --service-dns (see --help)\n");
    }

    /**
     * logback with no config of its own logs every level, DEBUG included, to the console: that is
     * what a member meets whose application jar brings logback. It still prints one line.
     */
    @Test
    void cannotStart_withLogbackUnconfigured_printsOneLineAtAnyLevel() throws Exception {
        Path missing = dir.resolve("missing.yaml");

        Run badOption = Run.withoutTestLogConfig("--prot", "5701");
        Run badConfig = Run.withoutTestLogConfig("--config", missing.toString());

        assertThat(badOption.status).isEqualTo(2);
        assertThat(badOption.stdout).isEmpty();
        assertThat(badOption.stderr).isEqualTo("grid-member: unknown option --prot (see --help)\n");
        assertThat(badConfig.status).isEqualTo(1);
        assertThat(badConfig.stdout).isEmpty();
        assertThat(badConfig.stderr).isEqualTo("grid-member: cannot read the config file " + missing
                + ": there is no such file\n");
    }

    /** GridMember run to its end in a JVM of its own, with the test's classpath. */
    private static final class Run {
        final int status;
        final String stdout;
        final String stderr;

        private Run(int status, String stdout, String stderr) {
            this.status = status;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        static Run of(String... args) throws IOException, InterruptedException {
            return run(System.getProperty("java.class.path"), List.of(), args);
        }

        static Run withJvmArgs(List<String> jvmArgs, String... args) throws IOException, InterruptedException {
            return run(System.getProperty("java.class.path"), jvmArgs, args);
        }

        /** With the test's classpath less its own classes and resources, logback-test.xml among them. */
        static Run withoutTestLogConfig(String... args) throws IOException, InterruptedException {
            String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                    .collect(Collectors.joining(File.pathSeparator));
            return run(classPath, List.of(), args);
        }

        private static Run run(String classPath, List<String> jvmArgs, String... args)
                throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1"));
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", classPath, GridMember.class.getName()));
            command.addAll(List.of(args));
            Path out = Files.createTempFile("grid-member", ".out");
            Path err = Files.createTempFile("grid-member", ".err");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    throw new AssertionError("GridMember " + String.join(" ", args) + " did not end");
                }
                return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                process.destroyForcibly();
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }
    }
}
