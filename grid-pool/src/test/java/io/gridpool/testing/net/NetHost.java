package io.gridpool.testing.net;

/**
 * A test host of a {@link NetLab}: a network namespace of its own (a member's), or the test JVM's
 * namespace (the driver's), joined to the lab's bridge by its own link. What the host sends enters
 * the bridge at {@code port}, where its link is shaped and cut.
 *
 * @param name      the host's name in the lab: {@code driver}, {@code m0}, {@code m1}...
 * @param namespace its network namespace, or {@code null} for the driver (the test JVM's own)
 * @param port      the bridge's end of its link
 * @param address   its IPv4 address in the lab's subnet
 * @param queue     the NFQUEUE number that delays what it sends
 */
public record NetHost(String name, String namespace, String port, String address, int queue) {

    /** Whether this is the driver's host, the test JVM's own namespace. */
    public boolean isDriver() {
        return namespace == null;
    }

    @Override
    public String toString() {
        return name + "(" + address + ")";
    }
}
