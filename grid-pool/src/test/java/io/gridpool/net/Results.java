package io.gridpool.net;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the network tests check of a call's results. */
final class Results {

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
     * How long after {@code cutMillis} the last of the elements that had started on {@code host}
     * but whose results came from elsewhere started again there: when the work that the cut left on
     * {@code host} was all sent elsewhere and running. -1 if there was none.
     */
    static long resentWithin(List<Runs.Ran> results, Runs runs, String host, long cutMillis) {
        Set<Integer> startedThere = runs.startedOn(host);
        return results.stream().filter(r -> !r.host().equals(host) && startedThere.contains(r.x()))
                .mapToLong(r -> r.startMillis() - cutMillis).max().orElse(-1);
    }
}
