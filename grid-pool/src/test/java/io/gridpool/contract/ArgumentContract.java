package io.gridpool.contract;

import com.hazelcast.function.BiFunctionEx;
import com.hazelcast.function.FunctionEx;
import com.hazelcast.function.SupplierEx;
import io.gridpool.Pool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static io.gridpool.contract.Inputs.drain;
import static io.gridpool.contract.Inputs.range;
import static io.gridpool.contract.Inputs.squares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a call may be given: slots, chunk sizes, nulls and empty inputs (CPython's test_make_pool,
 * test_map_chunksize, test_empty_iterable).
 */
interface ArgumentContract extends PoolUnderTest {

    @Test
    default void parallelism_isTheNumberOfWorkerSlots() {
        assertThat(pool().parallelism()).isEqualTo(SLOTS);
    }

    @ParameterizedTest(name = "chunkSize {0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    default void chunkSize_belowOne_illegalArgumentAndThePoolStillWorks(int chunkSize) {
        List<Integer> inputs = range(3);
        List<Map.Entry<Integer, Integer>> pairs = List.of(Map.entry(1, 2));
        List<Consumer<Pool>> calls = List.of(
                p -> p.map(Tasks::square, inputs, chunkSize),
                p -> p.mapAsync(Tasks::square, inputs, chunkSize),
                p -> p.imap(Tasks::square, inputs, chunkSize),
                p -> p.imapUnordered(Tasks::square, inputs, chunkSize),
                p -> p.starmap(Tasks::multiply, pairs, chunkSize),
                p -> p.starmapAsync(Tasks::multiply, pairs, chunkSize));

        for (Consumer<Pool> call : calls) {
            assertThatThrownBy(() -> call.accept(pool()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunkSize");
        }
        assertThat(pool().map(Tasks::square, inputs, 1)).isEqualTo(squares(3));
    }

    @Test
    default void nullFunction_nullPointerException() {
        FunctionEx<Integer, Integer> fn = null;
        BiFunctionEx<Integer, Integer, Integer> pairFn = null;
        SupplierEx<Integer> supplier = null;
        List<Integer> inputs = range(3);
        List<Map.Entry<Integer, Integer>> pairs = List.of(Map.entry(1, 2));
        List<Consumer<Pool>> calls = List.of(
                p -> p.map(fn, inputs),
                p -> p.map(fn, inputs, 1),
                p -> p.mapAsync(fn, inputs),
                p -> p.mapAsync(fn, inputs, 1),
                p -> p.imap(fn, inputs),
                p -> p.imap(fn, inputs, 1),
                p -> p.imapUnordered(fn, inputs),
                p -> p.imapUnordered(fn, inputs, 1),
                p -> p.starmap(pairFn, pairs),
                p -> p.starmap(pairFn, pairs, 1),
                p -> p.starmapAsync(pairFn, pairs),
                p -> p.starmapAsync(pairFn, pairs, 1),
                p -> p.apply(supplier),
                p -> p.apply(fn, 1),
                p -> p.applyAsync(supplier),
                p -> p.applyAsync(fn, 1),
                p -> p.mapByKey(x -> x, fn, inputs),
                p -> p.mapByKey(null, Tasks::square, inputs));

        for (Consumer<Pool> call : calls) {
            assertThatThrownBy(() -> call.accept(pool())).isInstanceOf(NullPointerException.class);
        }
        assertThat(pool().map(Tasks::square, inputs)).isEqualTo(squares(3));
    }

    @Test
    default void nullInputs_nullPointerException() {
        List<Consumer<Pool>> calls = List.of(
                p -> p.map(Tasks::square, null),
                p -> p.mapAsync(Tasks::square, null, 1),
                p -> p.imap(Tasks::square, null),
                p -> p.imapUnordered(Tasks::square, null, 1),
                p -> p.starmap(Tasks::multiply, null),
                p -> p.starmapAsync(Tasks::multiply, null, 1),
                p -> p.mapByKey(x -> x, Tasks::square, null));

        for (Consumer<Pool> call : calls) {
            assertThatThrownBy(() -> call.accept(pool())).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    default void emptyInput_everyMethodGivesNothing() throws Exception {
        List<Integer> none = List.of();
        Iterable<Integer> unsized = Collections::emptyIterator;
        List<Map.Entry<Integer, Integer>> noPairs = List.of();
        long wait = WAIT.toMillis();

        assertThat(pool().map(Tasks::square, none)).isEmpty();
        assertThat(pool().map(Tasks::square, unsized)).isEmpty();
        assertThat(pool().map(Tasks::square, none, 1)).isEmpty();
        assertThat(pool().mapAsync(Tasks::square, none).get(wait, TimeUnit.MILLISECONDS)).isEmpty();
        assertThat(pool().mapAsync(Tasks::square, unsized, 1).get(wait, TimeUnit.MILLISECONDS)).isEmpty();
        assertThat(drain(pool().imap(Tasks::square, none))).isEmpty();
        assertThat(drain(pool().imap(Tasks::square, unsized, 1))).isEmpty();
        assertThat(drain(pool().imapUnordered(Tasks::square, none))).isEmpty();
        assertThat(drain(pool().imapUnordered(Tasks::square, unsized, 1))).isEmpty();
        assertThat(pool().starmap(Tasks::multiply, noPairs)).isEmpty();
        assertThat(pool().starmap(Tasks::multiply, noPairs, 1)).isEmpty();
        assertThat(pool().starmapAsync(Tasks::multiply, noPairs).get(wait, TimeUnit.MILLISECONDS)).isEmpty();
        assertThat(pool().starmapAsync(Tasks::multiply, noPairs, 1).get(wait, TimeUnit.MILLISECONDS)).isEmpty();
        assertThat(pool().mapByKey(x -> x, Tasks::square, none)).isEmpty();
        assertThatThrownBy(() -> pool().imap(Tasks::square, none).next()).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> pool().imapUnordered(Tasks::square, unsized).next())
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    default void nullElementsAndNullResults_areAllowed() throws Exception {
        List<Integer> withNulls = Arrays.asList(1, null, 3, null);
        FunctionEx<Integer, Integer> plusOne = x -> x == null ? null : x + 1;
        List<Integer> expected = Arrays.asList(2, null, 4, null);

        assertThat(pool().map(plusOne, withNulls)).isEqualTo(expected);
        assertThat(pool().map(plusOne, withNulls, 1)).isEqualTo(expected);
        assertThat(drain(pool().imap(plusOne, withNulls, 3))).isEqualTo(expected);
        assertThat(drain(pool().imapUnordered(plusOne, withNulls))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(pool().starmap((Integer a, Integer b) -> a == null ? b : null,
                List.of(new AbstractMap.SimpleEntry<Integer, Integer>(null, 7), Map.entry(1, 2))))
                .containsExactly(7, null);
        assertThat(pool().<Object>apply(() -> null)).isNull();
        assertThat(pool().applyAsync(plusOne, null).get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }
}
