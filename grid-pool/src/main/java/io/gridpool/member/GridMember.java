package io.gridpool.member;

import com.hazelcast.cluster.Address;
import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent.LifecycleState;
import io.gridpool.GridPool;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * A standalone grid member: {@code java -cp <application jar>:<grid-pool and its dependencies>
 * io.gridpool.member.GridMember [options]} starts a Hazelcast member that runs the chunks of
 * {@link GridPool} drivers, one at a time per core. Run it with {@code --help} for the options and
 * their environment variables.
 * <p>
 * Once the member has joined its grid it prints one line,
 * {@code READY <uuid> address=<host:port> cluster=<name> slots=<n> members=<n>}. On SIGTERM it
 * drains (see {@link Drain}) and leaves the grid, printing {@code DRAINING ...} and
 * {@code STOPPED <uuid>}. A bad option exits with status 2, a config file that cannot be used or
 * a member that cannot start with status 1; either prints one line saying why.
 */
public final class GridMember {

    private GridMember() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("hazelcast.logging.type") == null) {
            System.setProperty("hazelcast.logging.type", "slf4j");
        }
        HazelcastInstance member;
        try {
            CommandLine line = CommandLine.read(args, System.getenv());
            if (line.help()) {
                System.out.print(Usage.text());
                return;
            }
            MemberOptions options = MemberOptions.of(line.values());
            member = start(MemberConfig.load(options));
            Drain.onExit(member, options.drainTimeout(), System.out);
        } catch (StartupError e) {
            // one line, at any log level: the reason is the message, and the stack says nothing more
            System.err.println("grid-member: " + e.getMessage());
            System.exit(e.exitStatus());
            return;
        }
        announce(member, System.out);
        awaitShutdown(member);
    }

    private static HazelcastInstance start(Config config) {
        try {
            return Hazelcast.newHazelcastInstance(config);
        } catch (RuntimeException e) {
            // Hazelcast's own message says what to do ("Port [5701] is already in use and auto-increment
            // is disabled"); its causes only say what the operating system saw
            String why = e.getMessage() == null ? StartupError.reason(e) : e.getMessage().strip();
            throw StartupError.failed("the member could not start: " + why.replaceAll("\\s*\\R\\s*", " "), e);
        }
    }

    private static void announce(HazelcastInstance member, PrintStream out) {
        Member self = member.getCluster().getLocalMember();
        Address address = self.getAddress();
        Config config = member.getConfig();
        out.println("READY " + self.getUuid()
                + " address=" + address.getHost() + ":" + address.getPort()
                + " cluster=" + config.getClusterName()
                + " slots=" + MemberSlots.of(config)
                + " members=" + member.getCluster().getMembers().size());
        out.flush();
    }

    /** Keeps {@code main} until the member is shut down, by the drain or by the cluster. */
    private static void awaitShutdown(HazelcastInstance member) throws InterruptedException {
        CountDownLatch down = new CountDownLatch(1);
        member.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleState.SHUTDOWN) {
                down.countDown();
            }
        });
        if (member.getLifecycleService().isRunning()) {
            down.await();
        }
    }
}
