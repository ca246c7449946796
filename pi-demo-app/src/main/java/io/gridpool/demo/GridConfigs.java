package io.gridpool.demo;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.XmlClientConfigBuilder;
import com.hazelcast.client.config.YamlClientConfigBuilder;
import com.hazelcast.config.Config;
import com.hazelcast.config.NetworkConfig;
import io.gridpool.member.MemberSlots;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The driver's Hazelcast configs, from the project's config/ files (packed in the jar) with the
 * command line laid over them: a client of the members given, or a grid of one member in the
 * driver's own JVM.
 */
final class GridConfigs {

    static final String MEMBER_YAML = "io/gridpool/demo/hazelcast-member.yaml";
    static final String CLIENT_YAML = "io/gridpool/demo/hazelcast-client.yaml";
    private static final String CLIENT_SHUTDOWN_HOOK = "hazelcast.client.shutdownhook.enabled";

    private GridConfigs() {
    }

    /**
     * config/hazelcast-member.yaml, secure as it is (loopback, allow-list), with its join turned
     * off: the member looks for no other, so it starts at once and never joins a grid that
     * happens to run on this machine. Its executor has one slot per core, as a GridMember's.
     */
    static Config embedded(PiOptions options) {
        Config config = Config.loadFromClasspath(GridConfigs.class.getClassLoader(), MEMBER_YAML);
        if (options.clusterName() != null) {
            config.setClusterName(options.clusterName());
        }
        NetworkConfig network = config.getNetworkConfig();
        if (options.port() != null) {
            network.setPort(options.port()).setPortAutoIncrement(false);
        }
        network.getJoin().getTcpIpConfig().setEnabled(false);
        MemberSlots.configure(config, Runtime.getRuntime().availableProcessors());
        return config;
    }

    /** The client config file (config/hazelcast-client.yaml unless given), with the members and cluster name given. */
    static ClientConfig client(PiOptions options) {
        ClientConfig config = options.clientConfig() == null ? bundledClient() : clientFile(options.clientConfig());
        if (options.clusterName() != null) {
            config.setClusterName(options.clusterName());
        }
        config.getNetworkConfig().setAddresses(options.members());
        if (config.getProperty(CLIENT_SHUTDOWN_HOOK) == null) {
            // the context closes the pool, then the client; the client's own hook would race it
            config.setProperty(CLIENT_SHUTDOWN_HOOK, "false");
        }
        return config;
    }

    private static ClientConfig bundledClient() {
        try (InputStream in = GridConfigs.class.getClassLoader().getResourceAsStream(CLIENT_YAML)) {
            if (in == null) {
                throw new IllegalStateException(CLIENT_YAML + " is missing from the jar");
            }
            return new YamlClientConfigBuilder(in).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClientConfig clientFile(Path file) {
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new IllegalArgumentException("cannot read the client config file " + file);
        }
        try {
            return file.toString().endsWith(".xml")
                    ? new XmlClientConfigBuilder(file.toFile()).build()
                    : new YamlClientConfigBuilder(file.toFile()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
