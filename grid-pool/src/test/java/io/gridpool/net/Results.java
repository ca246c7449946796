package io.gridpool.net;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the network tests check of a call's results. */
final class Results {

    /** A member's slots run 200 ms chunks and hold as many queued: within a second of a cut, all have started. */
    private static final long HELD_WITHIN_MILLIS = 1_000;

    private Results() {
    }

    /** Every element's result, once, in order: nothing lost, nothing counted twice, nothing out of place. */
    static void assertExact(List<Runs.Ran> results, int count) {
        assertThat(results).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(results.get(i).x()).as("the result at %d", i).isEqualTo(i);
        }
    }

    static Set<String> hosts(List<Runs.Ran> results) {
        return results.stream().map(Runs.Ran::host).collect(Collectors.toSet());
    }

    /**
     * How long after {@code cutMillis} the last of the elements that {@code host} held when it was
     * cut off (those that started there within a second of the cut: what it was running and had
     * queued) started again elsewhere, their results coming from there: when the work that the cut
     * left on {@code host} was all running elsewhere. -1 if there was none.
     */
    static long resentWithin(List<Runs.Ran> results, Runs runs, String host, long cutMillis) {
        Map<Integer, Long> startedThere = runs.startedOn(host);
        return results.stream().filter(r -> !r.host().equals(host) && startedThere.containsKey(r.x())
                        && Math.abs(startedThere.get(r.x()) - cutMillis) <= HELD_WITHIN_MILLIS)
                .mapToLong(r -> r.startMillis() - cutMillis).max().orElse(-1);
    }
}
