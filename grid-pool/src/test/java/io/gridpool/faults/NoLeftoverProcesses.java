package io.gridpool.faults;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** After a test class, fails if any process it started is still alive. */
final class NoLeftoverProcesses implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        await().atMost(30, TimeUnit.SECONDS).until(() -> ProcessHandle.current().children()
                .filter(ProcessHandle::isAlive).toList(), List::isEmpty);
    }
}
