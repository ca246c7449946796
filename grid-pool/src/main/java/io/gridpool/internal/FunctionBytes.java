package io.gridpool.internal;

import com.hazelcast.internal.serialization.InternalSerializationService;

/** Serializes a call's function (or a pool's initializer) once, refusing one that cannot travel. */
final class FunctionBytes {

    private FunctionBytes() {
    }

    /**
     * @throws IllegalArgumentException naming the class that the function captures and that
     *         cannot be serialized
     */
    static byte[] of(InternalSerializationService serialization, Object function, String what) {
        try {
            return Payload.encodeOne(serialization, function);
        } catch (Exception | StackOverflowError e) {
            String culprit = Exceptions.unserializableClass(e);
            String why = culprit != null
                    ? "it captures a " + culprit + ", which is not Serializable"
                    : Exceptions.rootCause(e);
            String name = Adapters.callersFunction(function).getClass().getName();
            throw new IllegalArgumentException(what + " (" + name + ") cannot be "
                    + "serialized to travel to the workers: " + why + ". Capture only serializable values, "
                    + "or create the others inside the function.", e);
        }
    }
}
