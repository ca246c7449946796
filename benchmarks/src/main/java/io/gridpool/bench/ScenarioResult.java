package io.gridpool.bench;

import java.util.List;

/**
 * One scenario of a run: its contenders' measures, the targets they were judged by, and notes on
 * how it ran. {@code error} is set when the scenario could not finish.
 */
public record ScenarioResult(int number, String title, String setup, List<Measure> measures, List<Target> targets,
                             List<String> notes, double seconds, String error) {
}
