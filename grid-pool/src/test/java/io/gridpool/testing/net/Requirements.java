package io.gridpool.testing.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the test network needs of the machine, checked before a lab is built: a test that needs
 * it fails saying what is missing, never skips. CI runs as root and {@code .ci/run} installs the
 * packages.
 */
final class Requirements {

    private static final Path BRIDGE_NETFILTER = Path.of("/proc/sys/net/bridge/bridge-nf-call-iptables");
    private static final String QUEUE_HEADER = "/usr/include/libnetfilter_queue/libnetfilter_queue.h";
    private static boolean met;

    private Requirements() {
    }

    static synchronized void check() {
        if (met) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!Shell.tryRun("id", "-u").output().strip().equals("0")) {
            missing.add("root (the lab creates network namespaces, links and iptables rules)");
        }
        for (String program : List.of("ip", "iptables", "gcc")) {
            if (!Shell.has(program)) {
                missing.add("the program '" + program + "'");
            }
        }
        if (!Files.exists(Path.of(QUEUE_HEADER))) {
            missing.add(QUEUE_HEADER);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the network tests need " + String.join(", ", missing)
                    + ": run them as root with Debian's iproute2, iptables, gcc and libnetfilter-queue-dev "
                    + "installed (.ci/run installs them)");
        }
        bridgeNetfilter();
        met = true;
    }

    /** Bridged packets must pass iptables, where the lab shapes them: br_netfilter, switched on. */
    private static void bridgeNetfilter() {
        if (!Files.exists(BRIDGE_NETFILTER)) {
            Shell.tryRun("modprobe", "br_netfilter");
        }
        try {
            if (!Files.readString(BRIDGE_NETFILTER).strip().equals("1")) {
                Files.writeString(BRIDGE_NETFILTER, "1");
            }
        } catch (IOException e) {
            throw new IllegalStateException("the network tests need br_netfilter (bridged packets through "
                    + "iptables), and " + BRIDGE_NETFILTER + " cannot be used: " + e, e);
        }
    }
}
