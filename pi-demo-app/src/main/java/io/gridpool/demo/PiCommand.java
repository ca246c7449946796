package io.gridpool.demo;

import com.hazelcast.core.HazelcastInstance;
import java.io.PrintStream;
import java.time.Duration;
import org.springframework.beans.BeansException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** What the driver does with its context: one run printed, or the web endpoint served. */
final class PiCommand {

    /** How long {@code --await-members} waits: members in containers may take a while to start. */
    static final Duration MEMBER_WAIT = Duration.ofMinutes(2);

    private PiCommand() {
    }

    /**
     * Runs the job of {@code options} once, prints the report and closes the context.
     *
     * @param terminal whether {@code out} is a terminal, for a live progress bar instead of lines
     * @return the exit status: 0, or 1 when the run failed (said in one line on {@code err})
     */
    static int runOnce(PiOptions options, PrintStream out, PrintStream err, boolean terminal) {
        ConfigurableApplicationContext context = null;
        try {
            context = PiApplication.start(options);
            if (options.awaitMembers() != null) {
                awaitMembers(context.getBean(HazelcastInstance.class), options.awaitMembers(), out);
            }
            Progress progress = terminal ? Progress.bar(out) : Progress.lines(out);
            PiEstimate estimate = context.getBean(PiEstimator.class).estimate(options.job(), progress);
            Report.lines(estimate).forEach(out::println);
            out.flush();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("pi-demo: interrupted");
            return 1;
        } catch (RuntimeException e) {
            // Ctrl-C closes the context under the run, whose pool then refuses to go on
            boolean stopped = context != null && context.isClosed();
            err.println("pi-demo: " + (stopped ? "stopped before the run was over" : reason(e)));
            return 1;
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    /** The failure in one line: the first exception under Spring's bean-creation wrappers. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof BeansException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Starts the web server and says where; the server keeps the JVM running. */
    static ConfigurableApplicationContext serve(PiOptions options, PrintStream out) {
        ConfigurableApplicationContext context = PiApplication.start(options);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        out.println("serving pi in " + options.mode().label() + " mode: GET http://localhost:" + port
                + "/api/pi?samples=1e9");
        if (context.getEnvironment().getProperty("gridpool.dashboard.enabled", Boolean.class, false)) {
            out.println("watch the pool at work: http://localhost:" + port
                    + context.getEnvironment().getProperty("gridpool.dashboard.path", "/gridpool"));
        }
        out.flush();
        return context;
    }

    private static void awaitMembers(HazelcastInstance grid, String expected, PrintStream out)
            throws InterruptedException {
        int count = Members.expected(expected);
        int now = grid.getCluster().getMembers().size();
        if (now < count) {
            out.println("waiting for " + count + " members (" + now + " so far)");
            Members.await(grid, count, MEMBER_WAIT);
        }
    }
}
