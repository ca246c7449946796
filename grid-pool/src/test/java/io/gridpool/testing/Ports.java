package io.gridpool.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for test members, below the kernel's ephemeral range (32768 and up unless
 * tuned). A port the system hands out as ephemeral can be taken by any outgoing connection (the
 * clients' and members' own) between the moment it is picked and the moment a member binds it;
 * that made a member fail to start with "Port ... is already in use" one run in a few. No port is
 * handed out twice in one JVM, so a cluster that was closed does not meet its successor's members.
 */
public final class Ports {

    private static final int LOW = 20_000;
    private static final int HIGH = 32_000;
    private static final Set<Integer> GIVEN = new HashSet<>();
    private static int next = LOW + ThreadLocalRandom.current().nextInt(HIGH - LOW);

    private Ports() {
    }

    public static synchronized List<Integer> free(int count) {
        List<Integer> ports = new ArrayList<>(count);
        for (int tried = 0; ports.size() < count; tried++) {
            if (tried == HIGH - LOW) {
                throw new IllegalStateException("no free loopback port left between " + LOW + " and " + HIGH);
            }
            int port = next;
            next = next + 1 == HIGH ? LOW : next + 1;
            if (!GIVEN.contains(port) && bindable(port)) {
                GIVEN.add(port);
                ports.add(port);
            }
        }
        return ports;
    }

    public static int free() {
        return free(1).get(0);
    }

    /** Whether a server socket can bind the port now, as Hazelcast's does (address reuse on). */
    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
