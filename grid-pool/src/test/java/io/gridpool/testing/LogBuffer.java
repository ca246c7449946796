package io.gridpool.testing;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Keeps the most recent log lines of the test JVM instead of printing them, so that Hazelcast's
 * log stays quiet while tests pass and is there to read when one fails ({@link DumpLogsOnFailure}).
 */
public final class LogBuffer extends AppenderBase<ILoggingEvent> {

    private static final int KEPT = 4_000;
    private static final ArrayDeque<String> LINES = new ArrayDeque<>();

    private final PatternLayout layout = new PatternLayout();

    @Override
    public void start() {
        layout.setContext(getContext());
        layout.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n%ex");
        layout.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        String line = layout.doLayout(event);
        synchronized (LINES) {
            if (LINES.size() == KEPT) {
                LINES.removeFirst();
            }
            LINES.addLast(line);
        }
    }

    static void clear() {
        synchronized (LINES) {
            LINES.clear();
        }
    }

    static List<String> lines() {
        synchronized (LINES) {
            return List.copyOf(LINES);
        }
    }
}
