package io.gridpool.internal.wire;

import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wire layout of a chunk's values: values of one class travel as one typed column (the type
 * once, then the values), others one by one; either way they come back equal, nulls included,
 * and a value that cannot be written is pinned to its offset.
 */
class SerializingCodecTest {

    record Point(double x, double y) {
    }

    record SerializablePoint(double x, double y) implements Serializable {
    }

    record Labelled(String label, int count, long total, Point at, boolean flag, List<String> tags) {
    }

    /** Not serializable in any way Hazelcast knows: Compact cannot write a thread. */
    static final class Opaque {
        final Thread thread = Thread.currentThread();
    }

    record Holder(Object content) {
    }

    private final SerializingCodec codec = new SerializingCodec(LocalSerialization.create());

    @Test
    void ints_travelAsAColumnOfFourBytesEach() {
        List<Integer> ints = IntStream.range(-1000, 1000).boxed().toList();

        Payload.Bytes bytes = (Payload.Bytes) codec.encode(ints).payload();

        assertThat(bytes.bytes().length).as("a kind, no nulls, then 4 bytes a value").isLessThan(ints.size() * 4 + 16);
        assertThat(codec.decode(bytes)).isEqualTo(ints);
    }

    @Test
    void numbersWithoutNulls_travelAsTheirBytesAlone() {
        List<Integer> ints = IntStream.range(-1000, 1000).boxed().toList();
        List<Long> longs = List.of(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE);
        List<Double> doubles = List.of(-0.0, 0.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 1e300);

        assertThat(((Payload.Bytes) codec.encode(ints).payload()).bytes()).hasSize(1 + 4 * ints.size());
        assertThat(((Payload.Bytes) codec.encode(longs).payload()).bytes()).hasSize(1 + 8 * longs.size());
        assertRoundTrip(ints);
        assertRoundTrip(longs);
        assertRoundTrip(doubles);
    }

    @Test
    void results_ofNumbers_stayPrimitive_untilRead() {
        List<Long> longs = List.of(3L, Long.MAX_VALUE, -7L);

        List<Object> back = codec.decodeResults(codec.encode(longs).payload());

        assertThat(back).isInstanceOf(Column.class).isEqualTo(longs).hasSameHashCodeAs(longs);
        assertThat(codec.decodeResults(codec.encode(List.of("a", "b")).payload())).isNotInstanceOf(Column.class)
                .containsExactly("a", "b");
    }

    @Test
    void columns_ofOneKind_joinInOrder_andStayUnmodifiable() {
        List<Object> first = codec.decodeResults(codec.encode(List.of(1, 2)).payload());
        List<Object> empty = codec.decodeResults(codec.encode(List.of()).payload());
        List<Object> second = codec.decodeResults(codec.encode(List.of(3)).payload());

        Column joined = Column.join(List.of(first, empty, second), 3);

        assertThat(joined).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> joined.set(0, 5)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Column.join(List.of(first, codec.decodeResults(codec.encode(List.of(3L)).payload())), 3))
                .as("ints and longs do not make one column").isNull();
        assertThat(Column.join(List.of(first, List.of(3)), 3)).isNull();
    }

    @Test
    void resultsKeptAsObjects_ofNumbers_becomeColumnsToo() {
        List<Object> ints = new ArrayList<>(List.of(1, 2, 3));
        List<Object> mixed = new ArrayList<>(Arrays.asList(1, null, 3));

        assertThat(ObjectCodec.INSTANCE.decodeResults(ObjectCodec.INSTANCE.encode(ints).payload()))
                .isInstanceOf(Column.class).isEqualTo(ints);
        assertThat(ObjectCodec.INSTANCE.decodeResults(ObjectCodec.INSTANCE.encode(mixed).payload())).isSameAs(mixed);
    }

    @Test
    void aColumn_isSerializedAsAPlainList() throws Exception {
        List<Object> column = codec.decodeResults(codec.encode(List.of(0.5, 1.5)).payload());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(column);
        }

        Object back = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())).readObject();

        assertThat(back).isInstanceOf(ArrayList.class).isEqualTo(List.of(0.5, 1.5));
    }

    @Test
    void aFunctionWithoutState_isReadOnce_oneThatCapturesIsReadForEachChunk() {
        com.hazelcast.function.FunctionEx<Integer, Integer> stateless = x -> x + 1;
        int offset = 41;
        com.hazelcast.function.FunctionEx<Integer, Integer> capturing = x -> x + offset;
        Payload statelessBytes = codec.function(stateless, "the function");
        Payload capturingBytes = codec.function(capturing, "the function");

        assertThat(codec.decodeOne(statelessBytes)).isSameAs(codec.decodeOne(statelessBytes));
        assertThat(codec.decodeOne(capturingBytes)).isNotSameAs(codec.decodeOne(capturingBytes));
    }

    @Test
    void everyColumnKind_roundTrips_withNulls() {
        assertRoundTrip(Arrays.asList(1L, null, Long.MIN_VALUE));
        assertRoundTrip(Arrays.asList(0.5, Double.NaN, null));
        assertRoundTrip(Arrays.asList("a", null, "", "ünïcødé"));
        assertRoundTrip(Arrays.asList(1, null, 3));
        assertRoundTrip(Arrays.asList(new Pair("k", 1), null, new Pair(null, null)));
        assertRoundTrip(Arrays.asList(new Point(1, 2), null, new Point(-0.0, Double.MAX_VALUE)));
    }

    @Test
    void byteArrays_roundTrip() {
        List<Object> back = codec.decode(codec.encode(List.of(new byte[] {1, 2}, new byte[0])).payload());

        assertThat((byte[]) back.get(0)).containsExactly(1, 2);
        assertThat((byte[]) back.get(1)).isEmpty();
    }

    @Test
    void records_plainOrSerializable_travelAsTheirComponents() {
        assertRoundTrip(List.of(new Point(1, 2), new Point(3, 4)));
        assertRoundTrip(List.of(new SerializablePoint(1, 2), new SerializablePoint(3, 4)));
        assertRoundTrip(List.of(new Labelled("a", 1, 2L, new Point(0, 1), true, List.of("x")),
                new Labelled(null, -1, 0L, null, false, List.of())));
    }

    @Test
    void mixedClasses_travelOneByOne() {
        assertRoundTrip(Arrays.asList(1, "two", 3L, null, new Point(4, 5)));
        assertRoundTrip(Arrays.asList(null, null));
        assertRoundTrip(List.of());
    }

    @Test
    void aValueThatCannotTravel_isPinnedToItsOffset_inAColumnToo() {
        List<Holder> holders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            holders.add(new Holder(i == 3 ? new Opaque() : "fine"));
        }

        Codec.Encoded encoded = codec.encode(holders);

        assertThat(encoded.failedAt()).isEqualTo(3);
        assertThat(encoded.payload().count()).isEqualTo(3);
        assertThat(codec.decode(encoded.payload())).isEqualTo(holders.subList(0, 3));
    }

    @Test
    void aRecordColumnOfAClassMissingHere_failsToReadAtItsFirstValue() {
        Payload.Bytes bytes = (Payload.Bytes) codec.encode(List.of(new Point(1, 2))).payload();
        byte[] renamed = new String(bytes.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("Point", "Pxint").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> codec.decode(new Payload.Bytes(renamed, 1)))
                .isInstanceOfSatisfying(Codec.ReadFailure.class, e -> assertThat(e.offset()).isZero())
                .hasRootCauseInstanceOf(ClassNotFoundException.class);
    }

    private void assertRoundTrip(List<?> values) {
        assertThat(codec.decode(codec.encode(values).payload())).isEqualTo(values);
    }
}
