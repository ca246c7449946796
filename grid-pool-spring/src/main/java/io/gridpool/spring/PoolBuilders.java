package io.gridpool.spring;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.LocalPool;
import io.gridpool.PoolBuilder;
import io.gridpool.PoolListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import java.util.function.Consumer;

/**
 * The builders of the auto-configured pools, with the {@code gridpool.*} properties and the
 * {@link PoolListener} beans applied. The builders check each value; a value they refuse fails
 * the start-up with the property's name, its origin and the builder's reason.
 */
final class PoolBuilders {

    private PoolBuilders() {
    }

    static GridPool.Builder grid(HazelcastInstance hazelcast, GridPoolProperties properties,
                                 ObjectProvider<PoolListener> listeners) {
        GridPool.Builder builder = GridPool.builder(hazelcast);
        set("gridpool.executor-name", properties.getExecutorName(), builder::executorName);
        set("gridpool.max-attempts", properties.getMaxAttempts(), builder::maxAttempts);
        set("gridpool.member-wait", properties.getMemberWait(), builder::memberWait);
        common(builder, properties, listeners);
        return builder;
    }

    static LocalPool.Builder local(GridPoolProperties properties, ObjectProvider<PoolListener> listeners) {
        LocalPool.Builder builder = LocalPool.builder();
        set("gridpool.local.threads", properties.getLocal().getThreads(), builder::threads);
        set("gridpool.local.serializing", properties.getLocal().isSerializing(), builder::serializing);
        common(builder, properties, listeners);
        return builder;
    }

    /** The options that both kinds of pool have. */
    private static void common(PoolBuilder<?> builder, GridPoolProperties properties,
                               ObjectProvider<PoolListener> listeners) {
        set("gridpool.chunk-size", properties.getChunkSize(), builder::chunkSize);
        set("gridpool.in-flight-per-slot", properties.getInFlightPerSlot(), builder::inFlightPerSlot);
        set("gridpool.speculation", properties.isSpeculation(), builder::speculation);
        set("gridpool.task-timeout", properties.getTaskTimeout(), builder::taskTimeout);
        set("gridpool.priority", properties.getPriority(), builder::priority);
        listeners.orderedStream().forEach(builder::addListener);
    }

    private static <T> void set(String property, T value, Consumer<T> option) {
        if (value == null) {
            return;
        }
        try {
            option.accept(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidConfigurationPropertyValueException(property, value, e.getMessage());
        }
    }
}
