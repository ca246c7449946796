package io.gridpool.internal.wire;

import java.util.ArrayList;
import java.util.List;

/** The codec of a pool that keeps its chunks as objects in this JVM: nothing is written, nothing fails. */
public final class ObjectCodec implements Codec {

    public static final ObjectCodec INSTANCE = new ObjectCodec();

    private ObjectCodec() {
    }

    /** Keeps the list itself: the chunker and the workers hand over lists that nothing else holds. */
    @Override
    @SuppressWarnings("unchecked")
    public Encoded encode(List<?> values) {
        return new Encoded(new Payload.Objects((List<Object>) values), -1, null);
    }

    @Override
    public List<Object> decode(Payload payload) {
        return ((Payload.Objects) payload).values();
    }

    /**
     * Results of numbers become a {@link Column} here too: their boxes die young instead of being
     * copied by every collection while the call runs, which made a LocalPool map's time swing
     * with whether a collection fell inside it.
     */
    @Override
    public List<Object> decodeResults(Payload payload) {
        List<Object> values = decode(payload);
        Column column = Column.of(values);
        return column != null ? column : values;
    }

    @Override
    public Payload encodeOne(Object value) {
        List<Object> one = new ArrayList<>(1);
        one.add(value);
        return new Payload.Objects(one);
    }

    @Override
    public Object decodeOne(Payload payload) {
        return ((Payload.Objects) payload).values().get(0);
    }

    @Override
    public Payload function(Object function, String what) {
        return encodeOne(function);
    }

    @Override
    public <T> T carry(T wireObject) {
        return wireObject;
    }
}
