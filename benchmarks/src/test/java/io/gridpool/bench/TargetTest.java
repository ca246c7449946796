package io.gridpool.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTest {

    @Test
    void atLeast_reached() {
        assertThat(Target.atLeast("a ≥ 2 × b", 2.0, 2.0, null).verdict()).isEqualTo("met");
    }

    @Test
    void atLeast_short() {
        assertThat(Target.atLeast("a ≥ 2 × b", 1.99, 2.0, null).verdict()).isEqualTo("not met");
    }

    @Test
    void atMost_over() {
        assertThat(Target.atMost("a ≤ 1.2 × b", 1.21, 1.2, null).verdict()).isEqualTo("not met");
    }

    @Test
    void nothingMeasured_saysSo() {
        assertThat(Target.atLeast("a ≥ 2 × b", Double.NaN, 2.0, null).verdict()).isEqualTo("not measured");
    }
}
