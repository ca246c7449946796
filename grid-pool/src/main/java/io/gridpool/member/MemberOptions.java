package io.gridpool.member;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checked options of a {@link GridMember}. A {@code null} (or empty list) means the option was
 * not given and the config file decides. Immutable.
 *
 * @param config       the config file, or {@code null} for the bundled one
 * @param clusterName  the cluster's name
 * @param port         the port, used as it is
 * @param members      addresses of members to join
 * @param serviceDns   a DNS name whose addresses are the members to join, or {@code null}
 * @param interfaces   interfaces to bind to
 * @param allowed      packages or classes that may be Java-deserialized, beyond the config's list
 * @param slots        chunks run at once
 * @param drainTimeout how long running chunks may take to finish on SIGTERM
 */
record MemberOptions(Path config, String clusterName, Integer port, List<String> members, String serviceDns,
                     List<String> interfaces, List<String> allowed, Integer slots, Duration drainTimeout) {

    static final Duration DEFAULT_DRAIN = Duration.ofSeconds(30);

    /** A DNS name, with the underscores Compose allows in service names. */
    private static final Pattern HOST_NAME = Pattern.compile("[\\p{Alnum}_]([\\p{Alnum}_-]*[\\p{Alnum}_])?"
            + "(\\.[\\p{Alnum}_]([\\p{Alnum}_-]*[\\p{Alnum}_])?)*\\.?");

    private static final Pattern JAVA_NAME = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
            + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*\\.?");

    /**
     * @throws StartupError naming the option whose value is wrong and why
     */
    static MemberOptions of(Map<Option, String> values) {
        String drain = values.get(Option.DRAIN_SECONDS);
        if (values.containsKey(Option.MEMBERS) && values.containsKey(Option.SERVICE_DNS)) {
            throw StartupError.usage(Option.MEMBERS.label() + " and " + Option.SERVICE_DNS.label()
                    + " are two ways to find the members: give one of them");
        }
        return new MemberOptions(
                path(values.get(Option.CONFIG)),
                text(Option.CLUSTER_NAME, values.get(Option.CLUSTER_NAME)),
                number(Option.PORT, values.get(Option.PORT), 1, 65_535),
                list(Option.MEMBERS, values.get(Option.MEMBERS)),
                hostName(values.get(Option.SERVICE_DNS)),
                list(Option.INTERFACE, values.get(Option.INTERFACE)),
                javaNames(values.get(Option.ALLOW)),
                number(Option.SLOTS, values.get(Option.SLOTS), 1, 10_000),
                drain == null ? DEFAULT_DRAIN : Duration.ofSeconds(number(Option.DRAIN_SECONDS, drain, 0, 86_400)));
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(text(Option.CONFIG, value));
    }

    private static String text(Option option, String value) {
        if (value != null && value.isBlank()) {
            throw StartupError.usage(option.label() + " cannot be blank");
        }
        return value == null ? null : value.strip();
    }

    private static Integer number(Option option, String value, int min, int max) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw StartupError.usage(option.label() + " must be a whole number from " + min + " to " + max
                + ", was '" + value + "'");
    }

    private static List<String> list(Option option, String value) {
        if (value == null) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(",")).map(String::strip).toList();
        if (items.isEmpty() || items.stream().anyMatch(String::isEmpty)) {
            throw StartupError.usage(option.label() + " must be a comma-separated list without empty "
                    + "entries, was '" + value + "'");
        }
        return items;
    }

    private static String hostName(String value) {
        String name = text(Option.SERVICE_DNS, value);
        if (name != null && !HOST_NAME.matcher(name).matches()) {
            throw StartupError.usage(Option.SERVICE_DNS.label() + " takes one DNS name, such as member or "
                    + "pi.default.svc.cluster.local, without a port (the members listen on this member's), was '"
                    + value + "'");
        }
        return name;
    }

    private static List<String> javaNames(String value) {
        List<String> names = list(Option.ALLOW, value);
        for (String name : names) {
            if (!JAVA_NAME.matcher(name).matches()) {
                throw StartupError.usage(Option.ALLOW.label() + " takes package or class names such as "
                        + "com.acme or com.acme.Money (no wildcards), was '" + name + "'");
            }
        }
        return names;
    }
}
