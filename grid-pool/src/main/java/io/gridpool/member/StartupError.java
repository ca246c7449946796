package io.gridpool.member;

/**
 * Why a member did not start, in one line for the operator, and the exit status that says which
 * kind of problem it was. Not a stack trace: the cause is kept for the logs only.
 */
final class StartupError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit status of a bad option or option value. */
    static final int USAGE = 2;
    /** Exit status of a config file that cannot be used, or a member that would not start. */
    static final int FAILED = 1;

    private final int exitStatus;

    private StartupError(String message, int exitStatus, Throwable cause) {
        super(message, cause);
        this.exitStatus = exitStatus;
    }

    static StartupError usage(String message) {
        return new StartupError(message + " (see --help)", USAGE, null);
    }

    static StartupError failed(String message, Throwable cause) {
        return new StartupError(message, FAILED, cause);
    }

    int exitStatus() {
        return exitStatus;
    }

    /** The innermost message of {@code t}'s causes, on one line. */
    static String reason(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // parsers draw multi-line pictures of where they stopped; keep their words
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("^"))
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
