package io.gridpool;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builders' common options check their values at once and say what is wrong. */
class PoolBuilderTest {

    @Test
    void priority_aboveMax() {
        assertThatThrownBy(() -> LocalPool.builder().priority(PoolDefaults.MAX_PRIORITY + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("priority must be from -100 to 100, was 101");
    }

    @Test
    void priority_belowMin() {
        assertThatThrownBy(() -> LocalPool.builder().priority(PoolDefaults.MIN_PRIORITY - 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("priority must be from -100 to 100, was -101");
    }

    @Test
    void priority_bounds_accepted() {
        assertThatCode(() -> LocalPool.builder().priority(PoolDefaults.MIN_PRIORITY).priority(PoolDefaults.MAX_PRIORITY))
                .doesNotThrowAnyException();
    }
}
