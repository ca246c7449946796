package io.gridpool.member;

/**
 * The options of {@link GridMember}: each has a command-line flag, an environment variable (for
 * containers) and one line of help. A flag given on the command line wins over its variable, which
 * wins over the config file.
 */
enum Option {

    CONFIG("--config", "FILE",
            "Hazelcast member config, YAML or XML (default: config/hazelcast-member.yaml, bundled)"),
    CLUSTER_NAME("--cluster-name", "NAME",
            "name of the grid; members and clients of other names are turned away"),
    PORT("--port", "PORT",
            "port to listen on, exactly (default: 5701, or the next free one up to 5720)"),
    MEMBERS("--members", "HOST[:PORT],...",
            "addresses of members to join, one member each (default: 127.0.0.1)"),
    SERVICE_DNS("--service-dns", "NAME",
            "join every address NAME resolves to (a scaled Compose service, a headless Service); "
                    + "instead of --members"),
    INTERFACE("--interface", "ADDRESS,...",
            "interface to bind to, wildcards allowed, e.g. 10.0.*.* (default: 127.0.0.1)"),
    ALLOW("--allow", "NAME,...",
            "packages (with subpackages) or classes that members may Java-deserialize, besides "
                    + "the config's list; repeatable"),
    SLOTS("--slots", "N",
            "chunks run at once (default: the config's gridpool executor, or the machine's cores)"),
    DRAIN_SECONDS("--drain-seconds", "SECONDS",
            "on SIGTERM, how long running chunks may take to finish before the member leaves (default: 30)");

    private final String flag;
    private final String value;
    private final String help;

    Option(String flag, String value, String help) {
        this.flag = flag;
        this.value = value;
        this.help = help;
    }

    String flag() {
        return flag;
    }

    /** The environment variable: {@code --cluster-name} is {@code GRIDPOOL_CLUSTER_NAME}. */
    String variable() {
        return "GRIDPOOL_" + name();
    }

    /** The option in messages about its value, which may come from either place: {@code --port/GRIDPOOL_PORT}. */
    String label() {
        return flag + "/" + variable();
    }

    /** What the value looks like, for the help. */
    String value() {
        return value;
    }

    String help() {
        return help;
    }

    /** Whether repeating the option adds to its value instead of being a mistake. */
    boolean repeatable() {
        return this == ALLOW;
    }

    static Option ofFlag(String flag) {
        for (Option option : values()) {
            if (option.flag.equals(flag)) {
                return option;
            }
        }
        return null;
    }
}
