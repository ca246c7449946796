package io.gridpool.testing;

import io.gridpool.testing.net.NetLab;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Fails a test class that leaves a process it started, an embedded cluster of the fixtures, or a
 * namespace, link or iptables rule of a test network ({@link NetLab}) when it ends, and removes
 * them, so that no class depends on what an earlier one left behind. Registered for every test
 * class through JUnit's extension auto-detection.
 */
public final class FixturesStopped implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        List<String> left = new ArrayList<>(EmbeddedCluster.stillOpen());
        try {
            // a process killed a moment ago may take that moment to go
            await().atMost(10, TimeUnit.SECONDS).until(FixturesStopped::children, List::isEmpty);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            left.addAll(children());
        }
        left.addAll(NetLab.leftovers());
        if (!left.isEmpty()) {
            ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
            MemberProcess.killAll();
            EmbeddedCluster.closeAll();
            NetLab.removeAll();
            throw new AssertionError(context.getRequiredTestClass().getSimpleName() + " left running: " + left);
        }
    }

    private static List<String> children() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .map(p -> "process " + p.pid() + " " + p.info().commandLine().orElse("")).toList();
    }
}
