package io.gridpool.contract;

import io.gridpool.PoolTaskException;
import io.gridpool.contract.Tasks.TaskError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.gridpool.contract.Inputs.range;
import static io.gridpool.contract.Inputs.squares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code map}, {@code mapAsync}, {@code starmap}, {@code starmapAsync} and {@code mapByKey}
 * (CPython's test_map*, test_starmap*).
 */
interface MapContract extends PoolUnderTest {

    @Test
    default void map_resultsInInputOrder() {
        assertThat(pool().map(Tasks::square, range(10))).isEqualTo(squares(10));
        assertThat(pool().map(Tasks::square, range(1_000))).isEqualTo(squares(1_000));
    }

    @Test
    default void map_returnsAnUnmodifiableList() {
        List<Integer> squared = pool().map(Tasks::square, range(3));

        assertThatThrownBy(() -> squared.set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "chunkSize {0}")
    @ValueSource(ints = {1, 2, 7, 20, 100, 1_000, Integer.MAX_VALUE})
    default void map_withChunkSize(int chunkSize) {
        assertThat(pool().map(Tasks::square, range(100), chunkSize)).isEqualTo(squares(100));
    }

    @Test
    default void map_inputOfUnknownLength() {
        assertThat(pool().map(Tasks::square, Inputs.unsized(5_000))).isEqualTo(squares(5_000));
        assertThat(pool().map(Tasks::square, Inputs.unsized(5_000), 64)).isEqualTo(squares(5_000));
    }

    @Test
    default void mapAsync_callbackOnSuccess() throws Exception {
        List<Object> calls = new CopyOnWriteArrayList<>();

        CompletableFuture<List<Integer>> future = pool().mapAsync(Tasks::square, range(10));
        CompletableFuture<Void> callback = future.thenAccept(calls::add);
        CompletableFuture<List<Integer>> errback = future.exceptionally(e -> {
            calls.add(e);
            return null;
        });

        callback.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(errback.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(squares(10));
        assertThat(calls).containsExactly(squares(10));
    }

    @Test
    default void mapAsync_callbacksOnError() throws Exception {
        List<Object> calls = new CopyOnWriteArrayList<>();

        CompletableFuture<List<Integer>> future = pool().mapAsync(Tasks.failingAt(4), range(10), 2);
        CompletableFuture<Void> callback = future.thenAccept(calls::add);
        CompletableFuture<List<Integer>> errback = future.exceptionally(e -> {
            calls.add(e);
            return List.of();
        });
        CompletableFuture<List<Integer>> whenDone =
                future.whenComplete((v, e) -> calls.add("done: " + e.getClass().getSimpleName()));

        assertThat(errback.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEmpty();
        assertThatThrownBy(whenDone::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(PoolTaskException.class);
        assertThatThrownBy(callback::join).cause().isInstanceOf(PoolTaskException.class);
        assertThat(calls).hasSize(2).anySatisfy(call -> assertThat(call).isInstanceOf(PoolTaskException.class)
                        .extracting(e -> ((PoolTaskException) e).index()).isEqualTo(4L))
                .contains("done: PoolTaskException");
    }

    @Test
    default void starmap_mapEntries() {
        List<Map.Entry<Integer, Integer>> pairs = IntStream.range(0, 100).mapToObj(i -> Map.entry(i, 99 - i)).toList();
        List<Integer> products = IntStream.range(0, 100).map(i -> i * (99 - i)).boxed().toList();

        assertThat(pool().starmap(Tasks::multiply, pairs.subList(0, 10))).isEqualTo(products.subList(0, 10));
        assertThat(pool().starmap(Tasks::multiply, pairs, 20)).isEqualTo(products);
    }

    @Test
    default void starmap_anyKindOfEntry() {
        Map<String, Integer> sorted = new TreeMap<>(Map.of("a", 1, "b", 2));
        List<Map.Entry<String, Integer>> pairs = new ArrayList<>(sorted.entrySet());
        pairs.add(new AbstractMap.SimpleEntry<>("c", 3));
        pairs.add(new AbstractMap.SimpleImmutableEntry<>("d", 4));
        pairs.add(new Map.Entry<>() {
            @Override
            public String getKey() {
                return "e";
            }

            @Override
            public Integer getValue() {
                return 5;
            }

            @Override
            public Integer setValue(Integer value) {
                throw new UnsupportedOperationException();
            }
        });

        List<String> repeated = pool().starmap((String s, Integer n) -> s.repeat(n), pairs, 2);

        assertThat(repeated).containsExactly("a", "bb", "ccc", "dddd", "eeeee");
    }

    @Test
    default void starmapAsync_withAndWithoutChunkSize() throws Exception {
        List<Map.Entry<Integer, Integer>> pairs = IntStream.range(0, 100).mapToObj(i -> Map.entry(i, i)).toList();

        CompletableFuture<List<Integer>> auto = pool().starmapAsync(Tasks::multiply, pairs);
        CompletableFuture<List<Integer>> chunked = pool().starmapAsync(Tasks::multiply, pairs, 7);

        assertThat(auto.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(squares(100));
        assertThat(chunked.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(squares(100));
    }

    @Test
    default void starmap_functionThrows_poolTaskExceptionAtThePair() {
        List<Map.Entry<Integer, Integer>> pairs = IntStream.range(0, 10).mapToObj(i -> Map.entry(i, 10 - i)).toList();

        assertThatThrownBy(() -> pool().starmap((Integer a, Integer b) -> {
            if (a == 6) {
                throw new TaskError("six");
            }
            return a + b;
        }, pairs, 3))
                .isInstanceOf(PoolTaskException.class)
                .satisfies(e -> assertThat(((PoolTaskException) e).index()).isEqualTo(6))
                .cause().isInstanceOf(TaskError.class);
    }

    @Test
    default void starmap_nullPair_nullPointerException() {
        List<Map.Entry<Integer, Integer>> pairs = Arrays.asList(Map.entry(1, 2), null, Map.entry(3, 4));

        assertThatThrownBy(() -> pool().starmap(Tasks::multiply, pairs)).isInstanceOf(NullPointerException.class);
        assertThat(pool().starmap(Tasks::multiply, List.of(Map.entry(3, 4)))).containsExactly(12);
    }

    @Test
    default void mapByKey_resultsInInputOrder() {
        List<Integer> inputs = range(500);

        List<Integer> squared = pool().mapByKey(x -> "key-" + (x % 17), Tasks::square, inputs);

        assertThat(squared).isEqualTo(squares(500));
    }

    @Test
    default void mapByKey_nullKey_nullPointerException() {
        assertThatThrownBy(() -> pool().mapByKey(x -> x == 3 ? null : x, Tasks::square, range(10)))
                .isInstanceOf(NullPointerException.class);
        assertThat(pool().mapByKey(x -> x, Tasks::square, range(10))).isEqualTo(squares(10));
    }

    @Test
    default void mapByKey_keyFunctionThrows_thatExceptionUnwrapped() {
        TaskError keyless = new TaskError("no key for 4");

        assertThatThrownBy(() -> pool().mapByKey(x -> {
            if (x == 4) {
                throw keyless;
            }
            return x;
        }, Tasks::square, range(10))).isSameAs(keyless);
    }
}
