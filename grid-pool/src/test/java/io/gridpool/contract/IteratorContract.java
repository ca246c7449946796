package io.gridpool.contract;

import io.gridpool.PoolTaskException;
import io.gridpool.contract.Tasks.TaskError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

import static io.gridpool.contract.Inputs.drain;
import static io.gridpool.contract.Inputs.range;
import static io.gridpool.contract.Inputs.squares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** {@code imap} and {@code imapUnordered}: lazy results, in order or as they come (CPython's test_imap*). */
interface IteratorContract extends PoolUnderTest {

    @ParameterizedTest(name = "chunkSize {0}")
    @ValueSource(ints = {1, 2, 4})
    default void imap_resultsInInputOrderThenTheEnd(int chunkSize) {
        Iterator<Integer> it = pool().imap(Tasks::square, range(10), chunkSize);

        for (int i = 0; i < 10; i++) {
            assertThat(it.hasNext()).isTrue();
            assertThat(it.hasNext()).as("hasNext() does not consume").isTrue();
            assertThat(it.next()).isEqualTo(i * i);
        }
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    default void imap_automaticChunkSize_sizedAndUnsizedInputs() {
        assertThat(drain(pool().imap(Tasks::square, range(1_000)))).isEqualTo(squares(1_000));
        assertThat(drain(pool().imap(Tasks::square, Inputs.unsized(1_000)))).isEqualTo(squares(1_000));
        assertThat(drain(pool().imap(Tasks::square, range(1_000), 100))).isEqualTo(squares(1_000));
    }

    @ParameterizedTest(name = "chunkSize {0}")
    @ValueSource(ints = {1, 2, 4})
    default void imap_functionFailure_thrownAtItsOwnPosition(int chunkSize) {
        Iterator<Integer> it = pool().imap(Tasks.failingAt(7), range(20), chunkSize);

        for (int i = 0; i < 7; i++) {
            assertThat(it.next()).as("result %d comes before the failure", i).isEqualTo(i * i);
        }
        assertThatThrownBy(it::next)
                .isInstanceOf(PoolTaskException.class)
                .satisfies(e -> assertThat(((PoolTaskException) e).index()).isEqualTo(7))
                .cause().isInstanceOf(TaskError.class);
        assertThat(it.hasNext()).as("the iterator ends with its failure").isFalse();
    }

    @Test
    default void imap_endlessInput_readsOnlyAheadOfTheConsumer() {
        AtomicLong read = new AtomicLong();
        Iterator<Integer> it = pool().imap(x -> x, Inputs.endless(read), 1);

        for (int i = 0; i < 50; i++) {
            assertThat(it.next()).isEqualTo(i);
        }

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(read.get()).as("elements read ahead").isLessThan(1_000));
    }

    @Test
    default void imapUnordered_endlessInput_theCallerStopsEarly() {
        Iterator<Integer> it = pool().imapUnordered(Tasks::square, Inputs.endless(new AtomicLong()));

        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            first.add(it.next());
        }

        assertThat(first).doesNotHaveDuplicates().allSatisfy(x -> assertThat(Math.sqrt(x) % 1).isZero());
    }

    @ParameterizedTest(name = "chunkSize {0}")
    @ValueSource(ints = {1, 3, 53})
    default void imapUnordered_sameResultsInSomeOrder(int chunkSize) {
        List<Integer> duplicates = range(1_000).stream().map(x -> x % 37).toList();
        List<Integer> expected = duplicates.stream().map(Tasks::square).toList();

        assertThat(drain(pool().imapUnordered(Tasks::square, duplicates, chunkSize)))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(drain(pool().imapUnordered(Tasks::square, duplicates)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    default void imapUnordered_theEnd() {
        Iterator<Integer> it = pool().imapUnordered(Tasks::square, range(5));

        assertThat(List.of(it.next(), it.next(), it.next(), it.next(), it.next()))
                .containsExactlyInAnyOrderElementsOf(squares(5));
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    default void imapUnordered_functionFailure_afterSomeOfTheOtherResults() {
        Iterator<Integer> it = pool().imapUnordered(Tasks.failingAt(7), range(20), 2);
        List<Integer> expected = new ArrayList<>(squares(20));
        expected.remove(Integer.valueOf(49));

        List<Integer> seen = new ArrayList<>();
        Throwable failure = null;
        while (failure == null && seen.size() <= 20) {
            try {
                seen.add(it.next());
            } catch (PoolTaskException e) {
                failure = e;
            }
        }

        assertThat(failure).isInstanceOf(PoolTaskException.class)
                .satisfies(e -> assertThat(((PoolTaskException) e).index()).isEqualTo(7));
        assertThat(seen).doesNotHaveDuplicates().isSubsetOf(expected);
        assertThat(it.hasNext()).isFalse();
    }
}
