package io.gridpool.internal.wire;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A pool's function payloads, kept for the functions that carry no state: lambdas and method
 * references that capture nothing, alone or in an apply's or a starmap's adapter. Their bytes are
 * the same at every call, and serializing them again is a large part of a small call's cost. A
 * function that captures anything is serialized at each call, as it may have changed. Thread-safe.
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
