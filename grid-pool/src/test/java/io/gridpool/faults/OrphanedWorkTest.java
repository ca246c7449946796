package io.gridpool.faults;

import io.gridpool.contract.Marks;
import io.gridpool.testing.MemberProcess;
import io.gridpool.testing.ProcessCluster;
import io.gridpool.testing.TestDriver;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A driver that dies leaves no work on the members: killed with SIGKILL in the middle of a map,
 * its running chunks are interrupted and its queued ones never start, so its members are free
 * for other drivers within seconds. Executions are counted by the marks the elements leave.
 */
class OrphanedWorkTest {

    @Test
    void clientDriverKilledMidMap_membersStopItsChunksWithinFiveSeconds() {
        try (ProcessCluster cluster = ProcessCluster.start(2, 2, 2)) {
            Marks marks = Marks.create();
            Marks started = new Marks(Path.of(marks.directory(), "started").toString());
            Marks ended = new Marks(Path.of(marks.directory(), "ended").toString());
            String ports = cluster.ports().stream().map(String::valueOf).collect(Collectors.joining(","));
            try (MemberProcess driver = MemberProcess.start(TestDriver.class.getName(), "driver",
                    List.of(cluster.name(), ports, marks.directory()), List.of())) {
                await().atMost(Duration.ofSeconds(60)).until(() -> started.count() >= 8);

                driver.kill();

                await("every element of the dead driver stopped").atMost(Duration.ofSeconds(5))
                        .until(() -> ended.count() == started.count());
                int startedByThen = started.count();
                await("no element of the dead driver starts any more").during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(4)).until(() -> started.count() == startedByThen);
                assertThat(startedByThen).as("elements started of the 40 sent before the kill").isLessThan(40);
            } finally {
                marks.delete();
            }
        }
    }
}
