package io.gridpool.member;

import com.hazelcast.config.AliasedDiscoveryConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a member finds the others, when an option says so: the addresses of {@code --members}
 * (Hazelcast's TCP-IP join), or every address that the DNS name of {@code --service-dns} resolves
 * to (the DNS lookup of Hazelcast's Kubernetes join, which needs no Kubernetes: it reads no API,
 * token or namespace, and serves any DNS that lists a service's replicas, Compose's too). The way
 * given becomes the only one: multicast, auto-detection and the cloud joins go off.
 */
final class Join {

    private Join() {
    }

    /**
     * Sets {@code network}'s join from {@code options}; leaves it as the config file has it when
     * neither option is given. Call it after the port is set: the service's members listen on it.
     *
     * @throws StartupError if a host name of {@code --members} stands for several members, this one among them
     */
    static void apply(NetworkConfig network, MemberOptions options) {
        JoinConfig join = network.getJoin();
        if (!options.members().isEmpty()) {
            refuseSharedNames(options.members());
            only(join).getTcpIpConfig().setEnabled(true).setMembers(options.members());
        } else if (options.serviceDns() != null) {
            // looked up again at each join attempt and split-brain check, so replicas that start
            // later, and the replacements of those that stop, are found
            only(join).getKubernetesConfig().setEnabled(true)
                    .setProperty("service-dns", options.serviceDns())
                    .setProperty("service-port", String.valueOf(network.getPort()));
        }
    }

    private static JoinConfig only(JoinConfig join) {
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(false);
        List<AliasedDiscoveryConfig<?>> others = List.of(join.getAwsConfig(), join.getGcpConfig(),
                join.getAzureConfig(), join.getKubernetesConfig(), join.getEurekaConfig());
        others.forEach(other -> other.setEnabled(false));
        return join;
    }

    /**
     * Hazelcast takes a host name of the member list that resolves to an address of this machine as
     * the member's own address, and calls every address the name resolves to by the name: with a
     * name shared by several replicas (a Compose service), each replica is "NAME:5701", sees only
     * itself behind the name and forms a grid of its own, with no error. Said here instead.
     */
    private static void refuseSharedNames(List<String> members) {
        Set<InetAddress> own = null;
        for (String member : members) {
            String host = member.contains(":") && member.indexOf(':') == member.lastIndexOf(':')
                    ? member.substring(0, member.indexOf(':')) : member;
            if (host.contains(":") || host.chars().noneMatch(Character::isLetter)) {
                continue; // an IP address, or a pattern of them (10.0.0.*, 10.0.0.1-9)
            }
            List<InetAddress> addresses = resolve(host);
            if (addresses.size() < 2) {
                continue;
            }
            own = own == null ? ownAddresses() : own;
            if (addresses.stream().anyMatch(own::contains)) {
                throw StartupError.usage(Option.MEMBERS.label() + ": " + host + " resolves to " + addresses.size()
                        + " addresses, this member's among them, and Hazelcast would take the name for this member's "
                        + "own address; give a name that stands for several members to " + Option.SERVICE_DNS.flag());
            }
        }
    }

    /** The host's addresses, or none if it does not resolve now: Hazelcast says so when it tries. */
    private static List<InetAddress> resolve(String host) {
        try {
            return Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    private static Set<InetAddress> ownAddresses() {
        try {
            return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .collect(Collectors.toSet());
        } catch (SocketException e) {
            throw StartupError.failed("cannot list this machine's network interfaces: " + StartupError.reason(e), e);
        }
    }
}
