package io.gridpool.member;

import com.hazelcast.config.Config;
import com.hazelcast.config.NetworkConfig;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Hazelcast config of a {@link GridMember}: the config file (or the bundled copy of
 * config/hazelcast-member.yaml) with the options laid over it, and what grid-pool needs of every
 * member: its slots set and its executor sized for them and their queue, counting its tasks; the
 * deserialization filter on; and no
 * Hazelcast shutdown hook racing the drain.
 */
final class MemberConfig {

    /** The copy of config/hazelcast-member.yaml in the grid-pool jar. */
    static final String BUNDLED = "io/gridpool/member/hazelcast-member.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(MemberConfig.class);

    private MemberConfig() {
    }

    /**
     * @throws StartupError if the config file cannot be read or is not a valid member config
     */
    static Config load(MemberOptions options) {
        Config config = options.config() == null ? bundled() : file(options.config());
        network(config, options);
        executor(config, options);
        if (AllowList.apply(config.getSerializationConfig(), options.allowed())) {
            LOG.warn("the config file turns no Java deserialization filter on; grid-pool turned it on, allowing {} "
                    + "and the names given to {}", AllowList.GRID_POOL, Option.ALLOW.flag());
        }
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        return config;
    }

    private static Config bundled() {
        try {
            return Config.loadFromClasspath(MemberConfig.class.getClassLoader(), BUNDLED);
        } catch (RuntimeException e) {
            throw StartupError.failed("the bundled config " + BUNDLED + " cannot be used: "
                    + StartupError.reason(e), e);
        }
    }

    private static Config file(Path path) {
        String problem = Files.isDirectory(path) ? "it is a directory"
                : !Files.exists(path) ? "there is no such file"
                : !Files.isReadable(path) ? "it is not readable"
                : !path.toString().matches(".*\\.(yaml|yml|xml)") ? "its name must end with .yaml, .yml or .xml" : null;
        if (problem != null) {
            throw StartupError.failed("cannot read the config file " + path + ": " + problem, null);
        }
        try {
            return Config.loadFromFile(path.toFile());
        } catch (FileNotFoundException e) {
            throw StartupError.failed("cannot read the config file " + path + ": " + StartupError.reason(e), e);
        } catch (RuntimeException e) {
            throw StartupError.failed("the config file " + path + " is not a valid Hazelcast member config: "
                    + StartupError.reason(e), e);
        }
    }

    private static void network(Config config, MemberOptions options) {
        if (options.clusterName() != null) {
            config.setClusterName(options.clusterName());
        }
        boolean networkOptions = options.port() != null || !options.interfaces().isEmpty() || !options.members().isEmpty()
                || options.serviceDns() != null;
        if (networkOptions && config.getAdvancedNetworkConfig().isEnabled()) {
            // Hazelcast ignores the network section then: the options would silently do nothing
            throw StartupError.failed("the config file enables advanced-network, so set the port, interface and "
                    + "join there, not with " + Option.PORT.flag() + ", " + Option.INTERFACE.flag() + ", "
                    + Option.MEMBERS.flag() + " or " + Option.SERVICE_DNS.flag(), null);
        }
        NetworkConfig network = config.getNetworkConfig();
        if (options.port() != null) {
            network.setPort(options.port()).setPortAutoIncrement(false);
        }
        if (!options.interfaces().isEmpty()) {
            network.getInterfaces().setEnabled(true).setInterfaces(options.interfaces());
        }
        Join.apply(network, options);
    }

    /**
     * Slots: the option, else the config file's (its {@value MemberSlots#PROPERTY} property, or
     * its executor's pool size), else the machine's cores. The executor gets a thread for each
     * chunk the member may hold, running or waiting in its queue ({@link MemberSlots}).
     */
    private static void executor(Config config, MemberOptions options) {
        // the drain counts the executor's tasks until their results have left: MemberSlots turns
        // the executor's statistics on
        MemberSlots.configure(config, options.slots() != null ? options.slots() : MemberSlots.of(config));
    }
}
