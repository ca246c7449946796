package io.gridpool.contract;

import io.gridpool.Pool;
import io.gridpool.PoolTaskException;
import io.gridpool.contract.Cargo.HoldsLock;
import io.gridpool.contract.Cargo.HoldsStream;
import io.gridpool.contract.Cargo.HoldsThread;
import io.gridpool.contract.Cargo.Parcel;
import io.gridpool.contract.Cargo.Point;
import io.gridpool.contract.Cargo.Ticket;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static io.gridpool.contract.Inputs.range;
import static io.gridpool.contract.Inputs.squares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What travels between the caller and the workers: records, plain classes and {@code Serializable}
 * ones do; where the pool serializes, what cannot travel fails clearly, naming its class, without
 * a hang, and leaves the pool usable (CPython's test_map_unplicklable, test_unpickleable_result).
 */
interface SerializationContract extends PoolUnderTest {

    @Test
    default void records_travelAsInputsAndResults() {
        List<Point> points = List.of(new Point(1, 2), new Point(3, 4), new Point(-5, 0));

        assertThat(pool().map(Point::swapped, points, 1))
                .containsExactly(new Point(2, 1), new Point(4, 3), new Point(0, -5));
        Point made = pool().apply(x -> new Point(x, x * x), 3);
        assertThat(made).isEqualTo(new Point(3, 9));
    }

    @Test
    default void plainClasses_travelAsInputsAndResults() {
        List<Parcel> parcels = List.of(new Parcel("books", 1_200, new Point(0, 1)), new Parcel("tea", 250, null));
        Parcel heavierBooks = new Parcel("books+", 1_300, new Point(1, 0));

        assertThat(pool().map(p -> p.heavier(100), parcels.subList(0, 1))).containsExactly(heavierBooks);
        assertThat(pool().map(p -> p, parcels)).isEqualTo(parcels);
    }

    @Test
    default void serializableAndJdkValues_travel() {
        List<Object> values = Arrays.asList("text", 42L, 2.5, new BigDecimal("1.10"), LocalDate.of(2024, 2, 29),
                UUID.fromString("00000000-0000-0000-0000-000000000001"), List.of(1, 2), Map.of("k", "v"),
                new Ticket("12A"), new int[] {1, 2, 3}, null);

        List<Object> back = pool().map(x -> x, values, 3);

        assertThat(back).usingElementComparator((a, b) -> Objects.deepEquals(a, b) ? 0 : 1).isEqualTo(values);
        assertThat(pool().apply(seat -> new Ticket(seat + "!"), "7C").seat()).isEqualTo("7C!");
    }

    @Test
    default void unserializableInput_twentyTimesInARow_namesTheClass_thePoolStillWorks() {
        assumeTrue(serializes(), "only a pool that serializes refuses what cannot travel");
        List<Object> inputs = Arrays.asList("a", new HoldsThread(), "c");
        List<Object> lockedInputs = Arrays.asList("a", "b", new HoldsLock());

        for (int round = 0; round < 20; round++) {
            PoolTaskException compact = Thrown.poolTaskException(() -> pool().map(Object::toString, inputs, 1));
            PoolTaskException java = Thrown.poolTaskException(() -> pool().map(Object::toString, lockedInputs));

            assertThat(compact.index()).isEqualTo(1);
            assertThat(compact.getMessage()).contains(HoldsThread.class.getName());
            assertThat(java.index()).isEqualTo(2);
            assertThat(java.getMessage()).contains(HoldsLock.class.getName());
        }
        assertThat(pool().map(Tasks::square, range(20))).isEqualTo(squares(20));
    }

    @Test
    default void imap_unserializableElement_thrownAtItsOwnPosition() {
        assumeTrue(serializes(), "only a pool that serializes refuses what cannot travel");
        List<Object> inputs = new ArrayList<>(range(10));
        inputs.set(5, new HoldsThread());

        Iterator<Object> it = pool().imap(x -> x, inputs, 2);

        for (int i = 0; i < 5; i++) {
            assertThat(it.next()).isEqualTo(i);
        }
        assertThatThrownBy(it::next).isInstanceOf(PoolTaskException.class)
                .satisfies(e -> assertThat(((PoolTaskException) e).index()).isEqualTo(5))
                .hasMessageContaining(HoldsThread.class.getName());
    }

    @Test
    default void apply_unserializableArgument_poolTaskException() {
        assumeTrue(serializes(), "only a pool that serializes refuses what cannot travel");

        assertThatThrownBy(() -> pool().apply(Object::toString, new HoldsThread()))
                .isInstanceOf(PoolTaskException.class)
                .satisfies(e -> assertThat(((PoolTaskException) e).index()).isZero())
                .hasMessageContaining(HoldsThread.class.getName());
    }

    @Test
    default void unserializableResult_twentyTimesInARow_errorCallback_thePoolStillWorks() throws Exception {
        assumeTrue(serializes(), "only a pool that serializes refuses what cannot travel");

        for (int round = 0; round < 20; round++) {
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            CompletableFuture<HoldsStream> future = pool().applyAsync(HoldsStream::new);
            CompletableFuture<HoldsStream> observed = future.whenComplete((value, error) -> errors.add(error));

            assertThatThrownBy(() -> observed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(PoolTaskException.class);
            assertThat(errors).singleElement().isInstanceOf(PoolTaskException.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains(HoldsStream.class.getName()));
        }
        assertThat(pool().map(Tasks::square, range(20))).isEqualTo(squares(20));
    }

    @Test
    default void unserializableResult_inAMap_failsAtItsIndex() {
        assumeTrue(serializes(), "only a pool that serializes refuses what cannot travel");

        PoolTaskException e = Thrown.poolTaskException(
                () -> pool().map(x -> x == 5 ? new HoldsThread() : x, range(10), 3));

        assertThat(e.index()).isEqualTo(5);
        assertThat(e.getMessage()).contains(HoldsThread.class.getName());
        if (runsOnMembers()) {
            assertThat(e.member()).isNotBlank();
        }
    }

    @Test
    default void starmap_unserializableValue_namesItsClass() {
        assumeTrue(serializes(), "only a pool that serializes refuses what cannot travel");
        List<Map.Entry<String, Object>> pairs = List.of(Map.entry("a", 1), Map.entry("b", new HoldsThread()));

        PoolTaskException e = Thrown.poolTaskException(() -> pool().starmap((String k, Object v) -> k + v, pairs));

        assertThat(e.index()).isEqualTo(1);
        assertThat(e.getMessage()).contains(HoldsThread.class.getName());
    }

    @Test
    default void functionCapturingSomethingUnserializable_refusedAtTheCall() {
        assumeTrue(serializes(), "only a pool that serializes refuses a function that cannot travel");
        Thread captured = new Thread(() -> { });
        List<Integer> inputs = range(3);
        List<Consumer<Pool>> calls = new ArrayList<>(List.of(
                p -> p.map(x -> captured.getName() + x, inputs),
                p -> p.mapAsync(x -> captured.getName() + x, inputs, 1),
                p -> p.imap(x -> captured.getName() + x, inputs),
                p -> p.imapUnordered(x -> captured.getName() + x, inputs, 1),
                p -> p.starmap((Integer a, Integer b) -> captured.getName(), List.of(Map.entry(1, 2))),
                p -> p.starmapAsync((Integer a, Integer b) -> captured.getName(), List.of(Map.entry(1, 2))),
                p -> p.apply(captured::getName),
                p -> p.applyAsync(x -> captured.getName() + x, 1),
                p -> p.mapByKey(x -> x, x -> captured.getName() + x, inputs)));

        for (Consumer<Pool> call : calls) {
            assertThatThrownBy(() -> call.accept(pool()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Thread.class.getName());
        }
        assertThat(pool().map(Tasks::square, inputs)).isEqualTo(squares(3));
    }
}
