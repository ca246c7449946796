package io.gridpool.contract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.gridpool.contract.Inputs.range;
import static org.assertj.core.api.Assertions.assertThat;

/** Work in parallel: all slots at once, and many callers at once, each with its own results. */
interface ConcurrencyContract extends PoolUnderTest {

    @Test
    default void map_runsAsManyTasksAtOnceAsThereAreSlots() {
        List<Boolean> met = pool().map(Tasks.meet(marks(), SLOTS), range(SLOTS), 1);

        assertThat(met).as("every task saw all %d slots busy together", SLOTS).containsOnly(true).hasSize(SLOTS);
    }

    @Test
    default void manyCallersAtOnce_eachGetsExactlyItsOwnResults() throws Exception {
        int callers = 8;
        int callsEach = 20;
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                done.add(threads.submit(() -> runMixedCalls(caller, callsEach)));
            }
            for (Future<Integer> calls : done) {
                assertThat(calls.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS)).isEqualTo(callsEach);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Runs mixed calls whose results are tagged with the caller; returns how many checked out. */
    private int runMixedCalls(int caller, int calls) {
        int base = caller * 1_000_000;
        List<Integer> inputs = IntStream.range(0, 50).map(i -> base + i).boxed().toList();
        List<Integer> expected = inputs.stream().map(x -> x + 1).toList();
        for (int i = 0; i < calls; i++) {
            switch (i % 5) {
                case 0 -> assertThat(pool().map(x -> x + 1, inputs, 1 + i % 7)).isEqualTo(expected);
                case 1 -> {
                    int next = pool().apply(x -> x + 1, base);
                    assertThat(next).isEqualTo(base + 1);
                }
                case 2 -> assertThat(Inputs.drain(pool().imap(x -> x + 1, inputs, 3))).isEqualTo(expected);
                case 3 -> assertThat(pool().starmap((Integer a, Integer b) -> a + b,
                        inputs.stream().map(x -> Map.entry(x, 1)).toList())).isEqualTo(expected);
                default -> {
                    Iterator<Integer> it = pool().imapUnordered(x -> x + 1, inputs);
                    assertThat(Inputs.drain(it)).containsExactlyInAnyOrderElementsOf(expected);
                }
            }
        }
        return calls;
    }
}
