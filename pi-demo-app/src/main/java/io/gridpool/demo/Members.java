package io.gridpool.demo;

import com.hazelcast.cluster.Address;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The members of the driver's grid: their names, and waiting until enough have joined. */
final class Members {

    private Members() {
    }

    /** A member's name in reports: {@code host:port}, as grid-pool's listeners name it too. */
    static String name(Member member) {
        Address address = member.getAddress();
        return address.getHost() + ":" + address.getPort();
    }

    static List<String> names(HazelcastInstance hazelcast) {
        return hazelcast.getCluster().getMembers().stream().map(Members::name).toList();
    }

    /**
     * How many members {@code expected} stands for: a number, or a host name whose addresses are
     * the members (a Compose service scaled to N replicas resolves to N addresses).
     *
     * @throws IllegalArgumentException if it is neither
     */
    static int expected(String expected) {
        if (expected.matches("\\d+")) {
            return Integer.parseInt(expected);
        }
        try {
            return InetAddress.getAllByName(expected).length;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("await-members must be a number or a host name whose addresses are the "
                    + "members, but '" + expected + "' does not resolve");
        }
    }

    /**
     * Waits until the grid of {@code hazelcast} has at least {@code count} members, up to {@code bound}.
     *
     * @throws IllegalStateException if it has fewer when the bound has passed
     */
    static void await(HazelcastInstance hazelcast, int count, Duration bound) throws InterruptedException {
        CountDownLatch enough = new CountDownLatch(1);
        UUID registration = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                if (event.getMembers().size() >= count) {
                    enough.countDown();
                }
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                // a member leaving brings no one closer
            }
        });
        try {
            if (hazelcast.getCluster().getMembers().size() < count && !enough.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the grid has " + hazelcast.getCluster().getMembers().size()
                        + " members after " + bound.toSeconds() + " s; " + count + " were expected");
            }
        } finally {
            hazelcast.getCluster().removeMembershipListener(registration);
        }
    }
}
