package io.gridpool.member;

import java.io.IOException;

/**
 * {@link GridMember} as the tests start it, in a JVM of its own: it also ends at once when the
 * test JVM that started it is gone (its standard input closes), so no member outlives a test run.
 */
public final class GridMemberInTests {

    private GridMemberInTests() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent holds our stdin open for as long as it lives
                }
            } catch (IOException ignored) {
                // the parent is gone either way
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
        GridMember.main(args);
    }
}
