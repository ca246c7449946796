package io.gridpool.member;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The raw values of {@link GridMember}'s options, read from the command line
 * ({@code --port 5701} or {@code --port=5701}) and, for the options not given there, from the
 * environment. Checking the values is {@link MemberOptions}' job.
 *
 * @param help   whether {@code --help} (or {@code -h}) was given
 * @param values the value of each option that was given; repeated options joined by commas
 */
record CommandLine(boolean help, Map<Option, String> values) {

    /**
     * @throws StartupError for an unknown option, a missing value, or an option given twice
     */
    static CommandLine read(String[] args, Map<String, String> environment) {
        Map<Option, List<String>> given = new EnumMap<>(Option.class);
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String flag = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            Option option = Option.ofFlag(flag);
            if (option == null) {
                throw StartupError.usage(arg.startsWith("-") ? "unknown option " + flag
                        : "unexpected argument '" + arg + "': options start with --");
            }
            String value;
            if (equals > 0 && flag.length() == equals) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw StartupError.usage(flag + " needs a value: " + flag + " " + option.value());
            }
            List<String> values = given.computeIfAbsent(option, o -> new ArrayList<>());
            if (!values.isEmpty() && !option.repeatable()) {
                throw StartupError.usage(flag + " was given twice");
            }
            values.add(value);
        }
        return new CommandLine(help, merge(given, environment));
    }

    private static Map<Option, String> merge(Map<Option, List<String>> given, Map<String, String> environment) {
        Map<Option, String> values = new EnumMap<>(Option.class);
        for (Option option : Option.values()) {
            List<String> fromArgs = given.get(option);
            String fromEnvironment = environment.get(option.variable());
            if (fromArgs != null) {
                values.put(option, String.join(",", fromArgs));
            } else if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                values.put(option, fromEnvironment);
            }
        }
        return values;
    }
}
