package io.gridpool.bench.process;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A grid of {@link BenchMember} processes on loopback ports picked for it, each started with
 * grid-pool's standalone member options, and Hazelcast clients of it in the harness's JVM.
 * Closing it shuts the clients down and kills every member it started. Not thread-safe.
 */
public final class LocalGrid implements AutoCloseable {

    private static final long START_SECONDS = 120;
    private static final int LOW_PORT = 20_000;
    private static final int HIGH_PORT = 32_000;

    /**
     * The member flags of every grid: a heap of its own, and a join that does not wait. A grid the
     * rounds stop ({@link Suspension}) while another contender runs must not take the pause for a
     * death, so the members wait ten minutes for a silent peer or client, and its clients as long
     * for a silent member (the members' clock-jump check covers the rest).
     */
    private static final List<String> MEMBER_FLAGS = List.of("-Dhazelcast.wait.seconds.before.join=0",
            "-Dhazelcast.max.no.heartbeat.seconds=600", "-Dhazelcast.client.max.no.heartbeat.seconds=600");
    private static final String CLIENT_HEARTBEAT_TIMEOUT_MILLIS = "600000";
    private static final List<String> DEFAULT_HEAP = List.of("-Xmx1g");

    private final String cluster = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final String label;
    private final List<Integer> ports;
    private final int slots;
    private final Path config;
    private final List<String> jvmArgs;
    private final List<JavaProcess> members = new ArrayList<>();
    private final List<HazelcastInstance> clients = new ArrayList<>();
    private int started;

    private LocalGrid(String label, int capacity, int slots, Path config, List<String> jvmArgs) {
        this.label = label;
        this.ports = freePorts(capacity);
        this.slots = slots;
        this.config = config;
        this.jvmArgs = List.copyOf(jvmArgs);
    }

    /**
     * Starts {@code size} members of {@code slots} worker slots each, from {@code config} (or
     * grid-pool's bundled member config if {@code null}); up to {@code capacity} members may be
     * started over the grid's life.
     */
    public static LocalGrid start(String label, int size, int capacity, int slots, Path config) {
        return start(label, size, capacity, slots, config, DEFAULT_HEAP);
    }

    /** As {@link #start(String, int, int, int, Path)}, each member's JVM started with {@code jvmArgs} (its heap). */
    public static LocalGrid start(String label, int size, int capacity, int slots, Path config, List<String> jvmArgs) {
        LocalGrid grid = new LocalGrid(label, capacity, slots, config, jvmArgs);
        try {
            grid.addMember().join();
            List<CompletableFuture<JavaProcess>> rest = new ArrayList<>();
            for (int i = 1; i < size; i++) {
                rest.add(grid.addMember());
            }
            rest.forEach(CompletableFuture::join);
        } catch (RuntimeException e) {
            grid.close();
            throw e;
        }
        return grid;
    }

    /** Starts one more member; the future completes when it has printed its READY line. */
    public CompletableFuture<JavaProcess> addMember() {
        return addMember(List.of());
    }

    /**
     * Starts one more member with {@code jvmOptions} added to its command line (a system property
     * that only this member sees, say); the future completes when it has printed its READY line.
     */
    public CompletableFuture<JavaProcess> addMember(List<String> jvmOptions) {
        if (started == ports.size()) {
            throw new IllegalStateException("grid " + label + " was sized for " + ports.size() + " members");
        }
        int port = ports.get(started++);
        List<String> args = new ArrayList<>(List.of("--cluster-name", cluster, "--port", String.valueOf(port),
                "--members", addresses(), "--interface", "127.0.0.1", "--slots", String.valueOf(slots)));
        if (config != null) {
            args.addAll(List.of("--config", config.toString()));
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        List<String> flags = new ArrayList<>(jvmArgs);
        flags.addAll(MEMBER_FLAGS);
        flags.addAll(jvmOptions);
        JavaProcess member = JavaProcess.start(label + "-" + port, flags,
                BenchMember.class.getName(), args, line -> {
                    if (line.startsWith("READY ")) {
                        ready.complete(null);
                    }
                });
        members.add(member);
        return CompletableFuture.supplyAsync(() -> awaitReady(member, ready));
    }

    private static JavaProcess awaitReady(JavaProcess member, CompletableFuture<Void> ready) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            try {
                ready.get(200, TimeUnit.MILLISECONDS);
                return member;
            } catch (TimeoutException e) {
                if (!member.isAlive()) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                break;
            }
        }
        member.close();
        throw new IllegalStateException("member " + member.name() + " did not start:\n" + member.output());
    }

    public String clusterName() {
        return cluster;
    }

    /** The addresses of every member this grid may start, as {@code 127.0.0.1:port,...}. */
    public String addresses() {
        return ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    /** The members started so far, the killed ones included, in the order they were started. */
    public List<JavaProcess> members() {
        return List.copyOf(members);
    }

    /** The processes of the members still running: what the rounds stop while others are measured. */
    public List<ProcessHandle> processes() {
        return members.stream().filter(JavaProcess::isAlive).map(m -> ProcessHandle.of(m.pid()))
                .flatMap(java.util.Optional::stream).toList();
    }

    /** The members still running. */
    public long alive() {
        return members.stream().filter(JavaProcess::isAlive).count();
    }

    /** A new client of this grid, once it sees every member that is running. */
    public HazelcastInstance client() {
        ClientConfig config = new ClientConfig();
        config.setClusterName(cluster);
        config.getNetworkConfig().setAddresses(ports.stream().map(p -> "127.0.0.1:" + p).toList());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.client.heartbeat.timeout", CLIENT_HEARTBEAT_TIMEOUT_MILLIS);
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setInitialBackoffMillis(100).setMaxBackoffMillis(1000).setClusterConnectTimeoutMillis(60_000);
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
        clients.add(client);
        awaitMembers(client, (int) alive());
        return client;
    }

    /** Waits until {@code client} sees {@code count} members. */
    public static void awaitMembers(HazelcastInstance client, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (client.getCluster().getMembers().size() != count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the client saw " + client.getCluster().getMembers().size()
                        + " members, not " + count);
            }
            sleep(50);
        }
    }

    @Override
    public void close() {
        for (HazelcastInstance client : clients) {
            try {
                client.getLifecycleService().terminate();
            } catch (RuntimeException ignored) {
                // it is going away either way
            }
        }
        clients.clear();
        members.forEach(JavaProcess::close);
    }

    /**
     * Ports free now and below the kernel's ephemeral range (which starts at 32768 unless tuned):
     * a port the system handed out as ephemeral could be taken by any outgoing connection (the
     * members' own, by the hundred in a grid of 16) between picking it and the member binding it.
     */
    private static List<Integer> freePorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            java.util.Random random = new java.util.Random();
            for (int tries = 0; ports.size() < count && tries < 1_000; tries++) {
                int port = LOW_PORT + random.nextInt(HIGH_PORT - LOW_PORT);
                try {
                    ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
                    held.add(socket);
                    ports.add(port);
                } catch (IOException taken) {
                    // another one, then
                }
            }
            while (ports.size() < count) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // free again either way
                }
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
