package io.gridpool.testing.net;

import io.gridpool.member.GridMember;

/**
 * The main class of a member process on a test host: {@link GridMember} itself, with its options,
 * that also halts when its standard input closes, so that a member never outlives the JVM that
 * started it (its namespace may go first).
 */
public final class NetMember {

    private NetMember() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread parent = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent holds our stdin open for as long as it lives
                }
            } catch (java.io.IOException ignored) {
                // closed: the same
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watch");
        parent.setDaemon(true);
        parent.start();
        GridMember.main(args);
    }
}
