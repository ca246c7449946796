package io.gridpool.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints the log lines that {@link LogBuffer} kept during a test, only when the test fails.
 * Registered for every test through JUnit's extension auto-detection.
 */
public final class DumpLogsOnFailure implements BeforeEachCallback, TestWatcher {

    @Override
    public void beforeEach(ExtensionContext context) {
        LogBuffer.clear();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        System.out.println("---- log of the failed test " + context.getDisplayName() + " ----");
        LogBuffer.lines().forEach(System.out::print);
        System.out.println("---- end of log ----");
    }
}
