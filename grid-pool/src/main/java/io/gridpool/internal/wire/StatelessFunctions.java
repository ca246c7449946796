package io.gridpool.internal.wire;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Functions that carry no state, kept on both ends: lambdas and method references that capture
 * nothing, alone or in an apply's or a starmap's adapter. A driver keeps their payloads, as their
 * bytes are the same at every call and serializing them again is a large part of a small call's
 * cost; a worker keeps what it read from those bytes, as reading a lambda back (Java
 * deserialization) costs a small chunk more than running it, and one without state may be shared
 * by the chunks that run at once. A function that captures anything is written and read for each
 * call and chunk, as it may have changed, and each chunk has its own copy. Thread-safe.
 */
final class StatelessFunctions {

    /** Enough for the lambdas an application calls pools with; beyond it, they are serialized each time. */
    private static final int MAX_KEPT = 256;
    private static final ClassValue<Boolean> STATELESS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isSynthetic() && type.isHidden() && !hasInstanceFields(type);
        }
    };

    private final Map<Object, Payload> kept = new ConcurrentHashMap<>();
    private final Map<Bytes, Object> read = new ConcurrentHashMap<>();

    /** The bytes of a payload, compared by content. */
    private record Bytes(byte[] content, int hash) {
        Bytes(byte[] content) {
            this(content, Arrays.hashCode(content));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes that && hash == that.hash && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The object a payload holds, read by {@code decoder} unless a stateless function read from the same bytes is kept. */
    Object objectOf(Payload.Bytes payload, Function<Payload, Object> decoder) {
        Bytes key = new Bytes(payload.bytes());
        Object object = read.get(key);
        if (object == null) {
            object = decoder.apply(payload);
            if (object != null && STATELESS.get(Adapters.callersFunction(object).getClass()) && read.size() < MAX_KEPT) {
                read.putIfAbsent(key, object);
            }
        }
        return object;
    }

    /** The function's payload, made by {@code encoder} unless a stateless function's is kept. */
    Payload payloadOf(Object function, Function<Object, Payload> encoder) {
        Object key = keyOf(function);
        Payload payload = key == null ? null : kept.get(key);
        if (payload == null) {
            payload = encoder.apply(function);
            if (key != null && kept.size() < MAX_KEPT) {
                kept.putIfAbsent(key, payload);
            }
        }
        return payload;
    }

    /** The classes that fix a stateless function's bytes, or {@code null} if it may carry state. */
    private static Object keyOf(Object function) {
        Object callers = Adapters.callersFunction(function);
        if (!STATELESS.get(callers.getClass())) {
            return null;
        }
        return callers == function ? function.getClass() : List.of(function.getClass(), callers.getClass());
    }

    private static boolean hasInstanceFields(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    return true;
                }
            }
        }
        return false;
    }
}
