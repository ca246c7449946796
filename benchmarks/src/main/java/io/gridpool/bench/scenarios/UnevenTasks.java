package io.gridpool.bench.scenarios;

import io.gridpool.bench.Context;
import io.gridpool.bench.Scenario;
import io.gridpool.bench.ScenarioResult;

public final class UnevenTasks implements Scenario {
    @Override public int number() { return 0; }
    @Override public String title() { return "UnevenTasks"; }
    @Override public ScenarioResult run(Context context) { throw new UnsupportedOperationException("todo"); }
}
