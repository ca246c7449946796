package io.gridpool.contract;

import io.gridpool.contract.ThrowingInput.SayWhen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.gridpool.contract.Inputs.range;
import static io.gridpool.contract.Inputs.squares;
import static io.gridpool.contract.ThrowingInput.throwingAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An input whose iterator throws: the caller gets that very exception, unwrapped, and the pool
 * stays usable (CPython's test_*_handle_iterable_exception). Each case runs twice in a row on the
 * same pool, as CPython's do, to show that the pool is reentrant after such a failure.
 */
interface InputFailureContract extends PoolUnderTest {

    @Test
    default void map_inputThrowsAtTheFirstElement_twiceInARow() {
        for (int round = 0; round < 2; round++) {
            ThrowingInput input = throwingAt(0, 1);

            assertThatThrownBy(() -> pool().map(Tasks::square, input, 1)).isSameAs(input.thrown());
        }
        assertThat(pool().map(Tasks::square, range(10))).isEqualTo(squares(10));
    }

    @Test
    default void map_inputThrowsInTheMiddle_twiceInARow() {
        for (int round = 0; round < 2; round++) {
            ThrowingInput input = throwingAt(3, 10);
            ThrowingInput auto = throwingAt(3, 10);

            assertThatThrownBy(() -> pool().map(Tasks::square, input, 1)).isSameAs(input.thrown());
            assertThatThrownBy(() -> pool().map(Tasks::square, auto)).isSameAs(auto.thrown());
        }
        assertThat(pool().map(Tasks::square, range(10), 1)).isEqualTo(squares(10));
    }

    @Test
    default void map_sizedInputWhoseIteratorThrows_twiceInARow() {
        for (int round = 0; round < 2; round++) {
            ThrowingInput input = throwingAt(0, 1);

            assertThatThrownBy(() -> pool().map(Tasks::square, ThrowingInput.sizedButThrowing(input)))
                    .isSameAs(input.thrown());
        }
        assertThat(pool().map(Tasks::square, range(3))).isEqualTo(squares(3));
    }

    @Test
    default void map_inputThrowsFromHasNext() {
        ThrowingInput input = ThrowingInput.throwingInHasNextAt(5, 10);

        assertThatThrownBy(() -> pool().map(Tasks::square, input, 2)).isSameAs(input.thrown());
    }

    @Test
    default void mapAsync_inputThrows_theFutureFailsWithThatException() {
        ThrowingInput input = throwingAt(4, 10);

        CompletableFuture<List<Integer>> future = pool().mapAsync(Tasks::square, input, 2);

        assertThatThrownBy(() -> future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isSameAs(input.thrown()).isInstanceOf(SayWhen.class);
    }

    @Test
    default void starmap_inputThrows() {
        Iterable<Map.Entry<Integer, Integer>> pairs = () -> {
            Iterator<Integer> numbers = throwingAt(2, 5).iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return numbers.hasNext();
                }

                @Override
                public Map.Entry<Integer, Integer> next() {
                    int n = numbers.next();
                    return Map.entry(n, n);
                }
            };
        };

        assertThatThrownBy(() -> pool().starmap(Tasks::multiply, pairs, 1)).isInstanceOf(SayWhen.class);
    }

    @ParameterizedTest(name = "chunkSize {0}")
    @ValueSource(ints = {1, 2, 4})
    default void imap_inputThrows_atItsOwnPosition_twiceInARow(int chunkSize) {
        for (int round = 0; round < 2; round++) {
            ThrowingInput first = throwingAt(0, 1);
            Iterator<Integer> atOnce = pool().imap(Tasks::square, first, chunkSize);
            assertThatThrownBy(atOnce::next).isSameAs(first.thrown());

            ThrowingInput middle = throwingAt(7, 20);
            Iterator<Integer> it = pool().imap(Tasks::square, middle, chunkSize);
            for (int i = 0; i < 7; i++) {
                assertThat(it.next()).as("result %d comes before the input's failure", i).isEqualTo(i * i);
            }
            assertThatThrownBy(it::next).isSameAs(middle.thrown());
            assertThat(it.hasNext()).isFalse();
        }
        assertThat(Inputs.drain(pool().imap(Tasks::square, range(10), chunkSize))).isEqualTo(squares(10));
    }

    @Test
    default void imapUnordered_inputThrows_afterSomeResults_twiceInARow() {
        for (int round = 0; round < 2; round++) {
            ThrowingInput first = throwingAt(0, 1);
            Iterator<Integer> atOnce = pool().imapUnordered(Tasks::square, first, 1);
            assertThatThrownBy(atOnce::next).isSameAs(first.thrown());

            ThrowingInput middle = throwingAt(7, 20);
            Iterator<Integer> it = pool().imapUnordered(Tasks::square, middle, 2);
            List<Integer> seen = new ArrayList<>();
            Throwable failure = null;
            while (failure == null && seen.size() <= 20) {
                try {
                    seen.add(it.next());
                } catch (SayWhen e) {
                    failure = e;
                }
            }

            assertThat(failure).isSameAs(middle.thrown());
            assertThat(seen).doesNotHaveDuplicates().isSubsetOf(squares(7));
        }
        assertThat(Inputs.drain(pool().imapUnordered(Tasks::square, range(10)))).hasSize(10);
    }
}
