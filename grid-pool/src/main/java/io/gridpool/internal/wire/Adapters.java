package io.gridpool.internal.wire;

import com.hazelcast.function.BiFunctionEx;
import com.hazelcast.function.FunctionEx;
import com.hazelcast.function.SupplierEx;

/** The functions of {@code starmap} and {@code apply(supplier)}, as functions of one element; they travel with it. */
public final class Adapters {

    private Adapters() {
    }

    /** The caller's own function inside an adapter, for messages and snapshots that name it. */
    public static Object callersFunction(Object function) {
        if (function instanceof Spread<?, ?, ?> spread) {
            return spread.fn();
        }
        if (function instanceof Supply<?> supply) {
            return supply.fn();
        }
        return function;
    }

    /** Applies a two-argument function to a {@link Pair}. */
    public record Spread<A, B, R>(BiFunctionEx<? super A, ? super B, ? extends R> fn)
            implements FunctionEx<Pair, R> {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings("unchecked")
        public R applyEx(Pair pair) throws Exception {
            return fn.applyEx((A) pair.key(), (B) pair.value());
        }
    }

    /** Calls a supplier, ignoring its (null) element. */
    public record Supply<R>(SupplierEx<? extends R> fn) implements FunctionEx<Object, R> {
        private static final long serialVersionUID = 1L;

        @Override
        public R applyEx(Object ignored) throws Exception {
            return fn.getEx();
        }
    }
}
