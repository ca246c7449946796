package io.gridpool.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The command line of the demo, checked. Options take {@code --name=value} or {@code --name value};
 * options with a dot in their name ({@code --server.port=8081}, {@code --gridpool.chunk-size=50})
 * are Spring properties and pass through. {@code --role=member} hands every other argument to
 * {@code GridMember}. Immutable.
 *
 * @param role          driver (runs the story) or member (a grid member)
 * @param mode          where the driver's tasks run
 * @param samples       darts in all
 * @param batch         darts per task
 * @param seed          the seed of the tasks' streams (random unless given)
 * @param serve         serve {@code GET /api/pi}, the live page and the gridpool endpoint instead of running once
 * @param members       members to connect to as a client; none: an embedded grid of one member
 * @param clusterName   the grid's name, or {@code null} for the config file's
 * @param clientConfig  the client config file, or {@code null} for config/hazelcast-client.yaml
 * @param port          the embedded member's port, or {@code null} for the first free one from 5701
 * @param awaitMembers  members to wait for before the run: a number, or a host name; or {@code null}
 * @param springArgs    the Spring properties given
 * @param memberArgs    the arguments for {@code GridMember}, when the role is member
 * @param help          whether to print the usage and stop
 */
record PiOptions(Role role, Mode mode, long samples, long batch, long seed, boolean serve, List<String> members,
                 String clusterName, Path clientConfig, Integer port, String awaitMembers, List<String> springArgs,
                 List<String> memberArgs, boolean help) {

    static final long DEFAULT_SAMPLES = 1_000_000_000L;
    /** The story's {@code sample_batch_size}. */
    static final long DEFAULT_BATCH = 100_000L;
    /** Beyond this a run is days long even on a big grid. */
    static final long MAX_SAMPLES = 1_000_000_000_000_000L;

    /** What the jar runs as. */
    enum Role {
        DRIVER, MEMBER
    }

    /**
     * Reads {@code args}, with {@code env}'s {@code GRIDPOOL_MEMBERS}, {@code GRIDPOOL_CLUSTER_NAME}
     * and {@code GRIDPOOL_CLIENT_CONFIG} as defaults (the variables the members read too).
     *
     * @throws IllegalArgumentException with a one-line reason for a bad option or value
     */
    static PiOptions parse(String[] args, Map<String, String> env) {
        if (isMember(args)) {
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--role")) {
                    i++;
                } else if (!args[i].startsWith("--role=")) {
                    rest.add(args[i]);
                }
            }
            return new PiOptions(Role.MEMBER, Mode.GRID, DEFAULT_SAMPLES, DEFAULT_BATCH, 0, false, List.of(), null,
                    null, null, null, List.of(), List.copyOf(rest), false);
        }
        Parser parser = new Parser(env);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                parser.help = true;
            } else if (arg.equals("--serve")) {
                parser.serve = true;
            } else if (arg.startsWith("--") && arg.contains("=") && arg.substring(0, arg.indexOf('=')).contains(".")) {
                if (arg.startsWith("--gridpool.mode=")) {
                    throw new IllegalArgumentException("--gridpool.mode is set by --mode");
                }
                parser.springArgs.add(arg);
            } else if (arg.startsWith("--") && arg.contains("=")) {
                parser.set(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--") && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                parser.set(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException(arg.startsWith("--") ? arg + " needs a value, such as " + arg + "=VALUE"
                        : "unexpected argument '" + arg + "'; options start with --");
            }
        }
        return parser.options();
    }

    private static boolean isMember(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals("--role") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--role=") ? args[i].substring(7) : null;
            if (value != null && !value.equals("member") && !value.equals("driver")) {
                throw new IllegalArgumentException("--role must be driver or member, was '" + value + "'");
            }
            if ("member".equals(value)) {
                return true;
            }
        }
        return false;
    }

    PiJob job() {
        return new PiJob(samples, batch, seed);
    }

    /** Whether the driver is a client of members given to it, rather than an embedded grid of one. */
    boolean client() {
        return !members.isEmpty();
    }

    /** Reads the options one at a time; defaults first. */
    private static final class Parser {
        private Mode mode = Mode.GRID;
        private long samples = DEFAULT_SAMPLES;
        private long batch = DEFAULT_BATCH;
        private long seed = ThreadLocalRandom.current().nextLong();
        private boolean serve;
        private boolean help;
        private List<String> members;
        private String clusterName;
        private Path clientConfig;
        private Integer port;
        private String awaitMembers;
        private final List<String> springArgs = new ArrayList<>();

        Parser(Map<String, String> env) {
            members = list("GRIDPOOL_MEMBERS", env.getOrDefault("GRIDPOOL_MEMBERS", ""));
            clusterName = blankToNull(env.get("GRIDPOOL_CLUSTER_NAME"));
            String config = blankToNull(env.get("GRIDPOOL_CLIENT_CONFIG"));
            clientConfig = config == null ? null : readable("GRIDPOOL_CLIENT_CONFIG", config);
        }

        void set(String name, String value) {
            switch (name) {
                case "role" -> { } // driver: checked before
                case "mode" -> mode = mode(value);
                case "samples" -> samples = Counts.parse("samples", value, 1, MAX_SAMPLES);
                case "batch" -> batch = Counts.parse("batch", value, 1, MAX_SAMPLES);
                case "seed" -> seed = Counts.parseSeed(value);
                case "members" -> members = list("--members", value);
                case "cluster-name" -> clusterName = required(name, value);
                case "client-config" -> clientConfig = readable(name, value);
                case "port" -> port = (int) Counts.parse("port", value, 1, 65_535);
                case "await-members" -> awaitMembers = required(name, value);
                default -> throw new IllegalArgumentException("unknown option --" + name);
            }
        }

        PiOptions options() {
            new PiJob(samples, batch, seed); // says now if the batch cuts too many tasks
            if (awaitMembers != null && (mode != Mode.GRID || members.isEmpty())) {
                throw new IllegalArgumentException("--await-members waits for the members of a grid that the driver "
                        + "connects to: give --members too (or GRIDPOOL_MEMBERS)");
            }
            return new PiOptions(Role.DRIVER, mode, samples, batch, seed, serve, members, clusterName, clientConfig,
                    port, awaitMembers, List.copyOf(springArgs), List.of(), help);
        }

        private static Mode mode(String value) {
            try {
                return Mode.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--mode must be serial, local or grid, was '" + value + "'");
            }
        }

        private static List<String> list(String name, String value) {
            if (value.isBlank()) {
                return List.of();
            }
            List<String> items = Arrays.stream(value.split(",")).map(String::strip).toList();
            if (items.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(name + " must be a comma-separated list of HOST[:PORT] without "
                        + "empty entries, was '" + value + "'");
            }
            return items;
        }

        private static String required(String name, String value) {
            if (value.isBlank()) {
                throw new IllegalArgumentException((name.startsWith("GRID") ? name : "--" + name) + " cannot be blank");
            }
            return value.strip();
        }

        private static Path readable(String name, String value) {
            Path file = Path.of(required(name, value));
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException((name.startsWith("GRID") ? name : "--" + name)
                        + " must name a readable Hazelcast client config file, was '" + value + "'");
            }
            return file;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    static String usage() {
        return """
                Usage: java -jar pi-demo-app-exec.jar [options]

                Estimates pi by Monte-Carlo: throws darts at the square [-1,1]² and counts those in the
                unit circle, serially, on all cores, or on the members of a Hazelcast grid. Prints the
                estimate and exits.

                  --mode=serial|local|grid  where the tasks run (default grid: the members given with
                                            --members, else a grid of one member in this JVM)
                  --samples=N               darts in all, e.g. 1e9 or 10_000_000_000 (default 1e9)
                  --batch=N                 darts per task (default 100_000, as in the story)
                  --seed=N                  seed of the tasks' random streams; the same seed, samples and
                                            batch give the same pi in every mode (default: random)
                  --serve                   serve GET /api/pi?samples=N on port 8080 (--server.port=P)
                                            instead of running once, with the pool's live page at
                                            /gridpool and its snapshot at /actuator/gridpool
                  --members=HOST[:PORT],... connect to these grid members as a client (GRIDPOOL_MEMBERS)
                  --cluster-name=NAME       the grid's name (GRIDPOOL_CLUSTER_NAME; default gridpool)
                  --client-config=FILE      Hazelcast client config (GRIDPOOL_CLIENT_CONFIG; default
                                            config/hazelcast-client.yaml, packed in the jar)
                  --await-members=N|HOST    before the run, wait up to 2 minutes for N members, or for
                                            as many as HOST has addresses (a scaled Compose service)
                  --port=PORT               the port of the embedded member (default: 5701 or next free)
                  --some.property=VALUE     a Spring property, e.g. --gridpool.chunk-size=50
                  --role=member             run as a grid member instead; the other options are then
                                            GridMember's (see --role=member --help)
                  --help                    this text
                """;
    }
}
