package io.gridpool.testing.net;

import io.gridpool.testing.MemberProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test hosts on a network of their own: one network namespace per member, joined with the
 * driver's host (the test JVM's own namespace) by a bridge, each host on its own link with an
 * address in a /24 of 10.213.0.0/16 picked for the lab. A host's link can be delayed (with
 * jitter), made to lose packets, and cut from chosen other hosts; members are processes started
 * in their namespaces with {@code ip netns exec}.
 * <p>
 * Everything a lab creates is named {@code gp<id>...} (namespaces, links, iptables chains) and
 * goes when it is closed, when the JVM exits, or, after a JVM that was killed, when the next lab
 * is created. It needs root, iproute2, iptables, gcc and libnetfilter-queue-dev, and fails saying
 * so without them. Not thread-safe: one test thread shapes it.
 */
public final class NetLab implements AutoCloseable {

    /** The labs of this JVM, by id: what {@link #leftovers()} looks for. */
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();
    private static final Set<NetLab> OPEN = ConcurrentHashMap.newKeySet();
    private static final Path OWNERS = Path.of("/run/gridpool-net");
    private static final int FIRST_MEMBER = 11;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(NetLab::close)));
    }

    private final String id;
    private final String subnet;
    private final String bridge;
    private final Links links;
    private final NetHost driver;
    private final List<NetHost> members = new ArrayList<>();
    private final Map<NetHost, DelayLine> delays = new LinkedHashMap<>();
    private final Set<List<String>> cuts = new LinkedHashSet<>();
    private final List<MemberProcess> processes = new ArrayList<>();

    private NetLab(String id, String subnet, int queues) {
        this.id = id;
        this.subnet = subnet;
        this.bridge = "gp" + id + "br";
        this.links = new Links(id);
        this.driver = new NetHost("driver", null, "gp" + id + "d", subnet + ".1", queues);
        CREATED.add(id);
        OPEN.add(this);
    }

    /** Creates a lab of {@code memberHosts} member hosts (m0, m1...) and the driver's host. */
    public static NetLab create(int memberHosts) {
        Requirements.check();
        sweepOrphans();
        String id = HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(256),
                (byte) ThreadLocalRandom.current().nextInt(256)});
        int queues = 20_000 + ThreadLocalRandom.current().nextInt(4_000) * 10;
        NetLab lab = new NetLab(id, freeSubnet(), queues);
        try {
            lab.own();
            lab.build(memberHosts, queues);
            return lab;
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    private void build(int memberHosts, int queues) {
        Shell.run("ip", "link", "add", bridge, "type", "bridge");
        Shell.run("ip", "link", "set", bridge, "up");
        links.create();
        String inside = driver.port() + "i";
        Shell.run("ip", "link", "add", driver.port(), "type", "veth", "peer", "name", inside);
        Shell.run("ip", "link", "set", driver.port(), "master", bridge, "up");
        Shell.run("ip", "addr", "add", driver.address() + "/24", "dev", inside);
        Shell.run("ip", "link", "set", inside, "up");
        for (int i = 0; i < memberHosts; i++) {
            String name = "m" + i;
            NetHost host = new NetHost(name, "gp" + id + name, "gp" + id + name, subnet + "." + (FIRST_MEMBER + i),
                    queues + i + 1);
            addNamespace(host);
            members.add(host);
        }
    }

    private void addNamespace(NetHost host) {
        String inside = host.port() + "i";
        Shell.run("ip", "netns", "add", host.namespace());
        Shell.run("ip", "link", "add", host.port(), "type", "veth", "peer", "name", inside);
        Shell.run("ip", "link", "set", inside, "netns", host.namespace());
        Shell.run("ip", "link", "set", host.port(), "master", bridge, "up");
        Shell.run("ip", "-n", host.namespace(), "addr", "add", host.address() + "/24", "dev", inside);
        Shell.run("ip", "-n", host.namespace(), "link", "set", inside, "up");
        Shell.run("ip", "-n", host.namespace(), "link", "set", "lo", "up");
    }

    public NetHost driver() {
        return driver;
    }

    public NetHost member(int index) {
        return members.get(index);
    }

    public List<NetHost> members() {
        return List.copyOf(members);
    }

    /** Every host's link delays what the host sends by {@code micros} ± {@code jitterMicros}. */
    public void delay(long micros, long jitterMicros) {
        delay(driver, micros, jitterMicros);
        members.forEach(host -> delay(host, micros, jitterMicros));
    }

    /** {@code host}'s link delays what it sends by {@code micros} ± {@code jitterMicros}; 0 for none. */
    public void delay(NetHost host, long micros, long jitterMicros) {
        DelayLine old = delays.remove(host);
        if (old != null) {
            links.noDelay(host.port(), host.queue());
            old.close();
        }
        if (micros > 0) {
            delays.put(host, DelayLine.start(host.queue(), micros, jitterMicros));
            links.delay(host.port(), host.queue());
        }
    }

    /** The processor time that the delay programs of the links have used so far, in milliseconds. */
    public long delayCpuMillis() {
        return delays.values().stream().mapToLong(DelayLine::cpuMillis).sum();
    }

    /** Every host's link loses {@code percent} % of what the host sends, at random; 0 for none. */
    public void loss(double percent) {
        links.noLoss();
        if (percent > 0) {
            links.loss(driver.port(), percent);
            members.forEach(host -> links.loss(host.port(), percent));
        }
    }

    /** Nothing passes between a host of {@code side} and a host of {@code other} until they are healed. */
    public void cut(Collection<NetHost> side, Collection<NetHost> other) {
        for (NetHost a : side) {
            for (NetHost b : other) {
                if (cuts.add(List.of(a.port(), b.port()))) {
                    links.cut(a.port(), b.port());
                }
            }
        }
    }

    /** Undoes {@link #cut} between these hosts. */
    public void heal(Collection<NetHost> side, Collection<NetHost> other) {
        for (NetHost a : side) {
            for (NetHost b : other) {
                if (cuts.remove(List.of(a.port(), b.port()))) {
                    links.heal(a.port(), b.port());
                }
            }
        }
    }

    /**
     * Starts {@code mainClass} in {@code host}'s namespace, with the test's classpath, and waits for
     * its {@code READY} line; the lab kills it when it closes, if the test has not.
     */
    public MemberProcess start(NetHost host, String mainClass, List<String> args, List<String> jvmArgs) {
        if (host.isDriver()) {
            throw new IllegalArgumentException("the driver's host is the test JVM's own");
        }
        MemberProcess process = MemberProcess.start(List.of("ip", "netns", "exec", host.namespace()), mainClass,
                host.name(), args, jvmArgs, System.getProperty("java.class.path"));
        synchronized (processes) {
            processes.add(process);
        }
        return process;
    }

    @Override
    public void close() {
        if (!OPEN.remove(this)) {
            return;
        }
        synchronized (processes) {
            processes.forEach(MemberProcess::close);
        }
        delays.values().forEach(DelayLine::close);
        delays.clear();
        remove(id);
    }

    /** Removes every namespace, link and iptables rule of lab {@code id}; what is gone already is no error. */
    static void remove(String id) {
        Links.remove(id);
        for (String namespace : namespaces(id)) {
            Shell.tryRun("ip", "netns", "del", namespace);
        }
        for (String link : links(id)) {
            Shell.tryRun("ip", "link", "del", link);
        }
        try {
            Files.deleteIfExists(OWNERS.resolve(id));
        } catch (IOException ignored) {
            // a later sweep finds nothing of the lab and removes the file then
        }
    }

    /**
     * What the labs of this JVM left: namespaces, links, iptables rules. Empty without labs; a
     * lab still open counts, as nothing should be open between test classes.
     */
    public static List<String> leftovers() {
        List<String> left = new ArrayList<>();
        for (String id : CREATED) {
            namespaces(id).forEach(n -> left.add("namespace " + n));
            links(id).forEach(l -> left.add("link " + l));
            left.addAll(Links.left(id));
        }
        return left;
    }

    /** Closes every lab of this JVM and removes what any of them left. */
    public static void removeAll() {
        OPEN.forEach(NetLab::close);
        CREATED.forEach(NetLab::remove);
    }

    private static List<String> namespaces(String id) {
        return Shell.tryRun("ip", "netns", "list").output().lines().map(line -> line.split("\\s+")[0])
                .filter(name -> name.startsWith("gp" + id)).toList();
    }

    private static List<String> links(String id) {
        return Shell.tryRun("ip", "-o", "link", "show").output().lines()
                .map(line -> line.split(":\\s+")[1].split("@")[0])
                .filter(name -> name.startsWith("gp" + id)).toList();
    }

    /** A /24 of 10.213.0.0/16 that no interface of this namespace has. */
    private static String freeSubnet() {
        String used = Shell.run("ip", "-o", "-4", "addr", "show");
        for (int tried = 0; tried < 100; tried++) {
            String subnet = "10.213." + (1 + ThreadLocalRandom.current().nextInt(254));
            if (!used.contains(" " + subnet + ".")) {
                return subnet;
            }
        }
        throw new IllegalStateException("no free /24 left in 10.213.0.0/16: " + used);
    }

    /** Notes this JVM as the lab's owner, so that a lab of a JVM that was killed is swept later. */
    private void own() {
        try {
            Files.createDirectories(OWNERS);
            Files.writeString(OWNERS.resolve(id), String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the labs whose JVM is gone. */
    private static void sweepOrphans() {
        try (var owners = Files.list(Files.createDirectories(OWNERS))) {
            for (Path owner : owners.toList()) {
                long pid = Long.parseLong(Files.readString(owner).strip());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                remove(owner.getFileName().toString());
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("could not sweep the test networks of ended JVMs in " + OWNERS, e);
        }
    }

    @Override
    public String toString() {
        return "lab gp" + id + " on " + subnet + ".0/24";
    }
}
