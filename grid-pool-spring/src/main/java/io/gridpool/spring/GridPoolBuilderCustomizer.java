package io.gridpool.spring;

import io.gridpool.GridPool;

/**
 * Adjusts the builder of the auto-configured {@link GridPool}, after the {@code gridpool.*}
 * properties and before the pool is built; for instance to set an
 * {@link GridPool.Builder#initializer initializer}. Applied in {@code @Order}.
 */
@FunctionalInterface
public interface GridPoolBuilderCustomizer {

    /** Customizes {@code builder}. */
    void customize(GridPool.Builder builder);
}
