package io.gridpool.member;

/** The text of {@code GridMember --help}, written from {@link Option} so that the two agree. */
final class Usage {

    private Usage() {
    }

    static String text() {
        StringBuilder text = new StringBuilder()
                .append("Usage: java -cp <application jar>:<grid-pool and its dependencies> ")
                .append(GridMember.class.getName()).append(" [options]\n\n")
                .append("Starts a Hazelcast member that runs grid-pool work for GridPool drivers, with one worker\n")
                .append("slot per core. It prints 'READY <uuid> address=... cluster=... slots=... members=...' once\n")
                .append("it has joined its grid. On SIGTERM it drains: it takes no new chunks (drivers send them to\n")
                .append("other members), lets running chunks finish, then leaves the grid.\n\n")
                .append("Options (each may also be set by the environment variable shown beside it; an option\n")
                .append("given here wins over its variable, which wins over the config file):\n\n");
        for (Option option : Option.values()) {
            text.append(String.format("  %-34s env %s%n", option.flag() + " " + option.value(), option.variable()));
            text.append("      ").append(option.help()).append('\n');
        }
        return text.append("  -h, --help\n      show this help and exit\n")
                .append("\nThe application's classes (the functions that drivers send) must be on the classpath.\n")
                .append("Without TLS or authentication (not in Hazelcast's open-source edition), run members on a\n")
                .append("trusted network only.\n")
                .toString();
    }
}
