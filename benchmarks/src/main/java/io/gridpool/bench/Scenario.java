package io.gridpool.bench;

/** One scenario of the issue: its contenders, run side by side, and the targets they are judged by. */
public interface Scenario {

    int number();

    String title();

    /** Runs the scenario; the processes it starts are gone when it returns or throws. */
    ScenarioResult run(Context context) throws Exception;
}
