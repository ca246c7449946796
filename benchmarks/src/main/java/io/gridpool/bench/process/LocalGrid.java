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

    private final String cluster = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final String label;
    private final List<Integer> ports;
    private final int slots;
    private final Path config;
    private final List<JavaProcess> members = new ArrayList<>();
    private final List<HazelcastInstance> clients = new ArrayList<>();
    private int started;

    private LocalGrid(String label, int capacity, int slots, Path config) {
        this.label = label;
        this.ports = freePorts(capacity);
        this.slots = slots;
        this.config = config;
    }

    /**
     * Starts {@code size} members of {@code slots} worker slots each, from {@code config} (or
     * grid-pool's bundled member config if {@code null}); up to {@code capacity} members may be
     * started over the grid's life.
     */
    public static LocalGrid start(String label, int size, int capacity, int slots, Path config) {
        LocalGrid grid = new LocalGrid(label, capacity, slots, config);
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
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g", "-Dhazelcast.wait.seconds.before.join=0"));
        jvm.addAll(jvmOptions);
        JavaProcess member = JavaProcess.start(label + "-" + port, jvm,
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

    private static List<Integer> freePorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
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
