package io.gridpool.spring;

import io.gridpool.LocalPool;

/**
 * Adjusts the builder of the auto-configured {@link LocalPool}, after the {@code gridpool.*}
 * properties and before the pool is built. Applied in {@code @Order}.
 */
@FunctionalInterface
public interface LocalPoolBuilderCustomizer {

    /** Customizes {@code builder}. */
    void customize(LocalPool.Builder builder);
}
