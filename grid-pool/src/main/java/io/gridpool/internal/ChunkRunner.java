package io.gridpool.internal;

import com.hazelcast.function.FunctionEx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Applies a function to the elements of a chunk, in order, stopping at the first that throws. */
final class ChunkRunner {

    private ChunkRunner() {
    }

    /**
     * The results before the first failure, and that failure; {@code cancelled} when the chunk
     * was stopped from outside.
     */
    record Outcome(List<Object> values, int failedAt, Throwable failure, boolean cancelled) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Outcome run(FunctionEx fn, List<Object> elements, BooleanSupplier cancelled) {
        List<Object> values = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return new Outcome(values, i, null, true);
            }
            try {
                values.add(fn.applyEx(elements.get(i)));
            } catch (Throwable t) {
                if (cancelled.getAsBoolean()) {
                    return new Outcome(values, i, null, true);
                }
                if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
                    throw vme;
                }
                return new Outcome(values, i, t, false);
            }
        }
        return new Outcome(values, -1, null, false);
    }
}
