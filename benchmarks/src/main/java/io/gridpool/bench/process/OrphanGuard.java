package io.gridpool.bench.process;

import java.io.IOException;

/**
 * Ends this JVM when the harness that started it is gone: the harness holds the write end of our
 * standard input open for as long as it lives, so end of input means it died (even by
 * {@code kill -9}) and nobody will stop us.
 */
final class OrphanGuard {

    private OrphanGuard() {
    }

    static void watchStandardInput() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever sent; we only wait for the end
                }
            } catch (IOException ignored) {
                // the same as the end
            }
            Runtime.getRuntime().halt(0);
        }, "orphan-guard");
        watcher.setDaemon(true);
        watcher.start();
    }
}
