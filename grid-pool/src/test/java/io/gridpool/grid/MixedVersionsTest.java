package io.gridpool.grid;

import com.hazelcast.instance.BuildInfoProvider;
import io.gridpool.testing.MemberProcess;
import io.gridpool.testing.OldestVersionDriver;
import io.gridpool.testing.ProcessCluster;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * An application on the Hazelcast that Spring Boot's BOM gives it (5.5) drives members on
 * hazelcast.version (5.7): the driver is a process of its own whose classpath is the test's with
 * the oldest supported Hazelcast jar in place of the members'.
 */
class MixedVersionsTest {

    private static final String OLDEST_JAR = "gridpool.oldest.hazelcast.jar";

    @Test
    void driverOnOldestClient_membersOnCurrent_mapImapApplyAndFailuresWork() {
        Path oldest = Path.of(System.getProperty(OLDEST_JAR, "(" + OLDEST_JAR + " not set)"));
        assertThat(oldest).as("the oldest supported Hazelcast's jar, copied by the build").isRegularFile();
        String oldestVersion = oldest.getFileName().toString().replaceAll("^hazelcast-|\\.jar$", "");
        String membersVersion = BuildInfoProvider.getBuildInfo().getVersion();
        assumeFalse(membersVersion.equals(oldestVersion), "the members already run " + oldestVersion);

        try (ProcessCluster cluster = ProcessCluster.start(2, 2, 2)) {
            String ports = cluster.ports().stream().map(String::valueOf).collect(Collectors.joining(","));
            try (MemberProcess driver = MemberProcess.start(OldestVersionDriver.class.getName(), "driver-"
                    + oldestVersion, List.of(cluster.name(), ports), List.of(), withHazelcast(oldest))) {
                assertThat(driver.waitFor()).as("the driver ends").isTrue();
                assertThat(driver.output()).contains(
                        "CLIENT " + oldestVersion + "\n",
                        "MEMBERS " + membersVersion + "," + membersVersion + "\n",
                        "MAP true\n",
                        "IMAP true\n",
                        "APPLY ran on " + membersVersion + "\n",
                        "FAILURE at 7 java.lang.ArithmeticException\n");
                assertThat(driver.exitValue()).as(driver.output()).isZero();
            }
        }
    }

    /** The test's classpath with {@code jar} in place of its Hazelcast. */
    private static String withHazelcast(Path jar) {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        long replaced = Arrays.stream(entries).filter(MixedVersionsTest::isHazelcast).count();
        assertThat(replaced).as("Hazelcast jars on the test's classpath").isEqualTo(1);
        return Arrays.stream(entries).map(entry -> isHazelcast(entry) ? jar.toString() : entry)
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static boolean isHazelcast(String entry) {
        String name = Path.of(entry).getFileName().toString();
        return name.matches("hazelcast-\\d+\\.\\d+\\.\\d+.*\\.jar") && Files.isRegularFile(Path.of(entry));
    }
}
