package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts as people type them, and one-line refusals. */
class CountsTest {

    private static final long MAX = 1_000_000_000_000_000L;

    @ParameterizedTest
    @CsvSource({
            "1e9, 1000000000",
            "1E9, 1000000000",
            "10_000_000_000, 10000000000",
            "2.5e9, 2500000000",
            "1000000, 1000000",
            "' 42 ', 42",
            "1e15, 1000000000000000",
    })
    void parse_accepted(String text, long expected) {
        assertThat(Counts.parse("samples", text, 1, MAX)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc        | samples must be a whole number such as 1000000, 1e9 or 10_000_000_000, was 'abc'",
            "''         | samples must be a whole number such as 1000000, 1e9 or 10_000_000_000, was ''",
            "1__000     | samples must be a whole number such as 1000000, 1e9 or 10_000_000_000, was '1__000'",
            "_1000      | samples must be a whole number such as 1000000, 1e9 or 10_000_000_000, was '_1000'",
            "0x10       | samples must be a whole number such as 1000000, 1e9 or 10_000_000_000, was '0x10'",
            "1.5        | samples must be a whole number, was '1.5'",
            "1e-3       | samples must be a whole number, was '1e-3'",
            "0          | samples must be at least 1, was '0'",
            "-5         | samples must be at least 1, was '-5'",
            "1e16       | samples must be at most 1e15, was '1e16'",
            "1e999999999999 | samples must be at most 1e15, was '1e999999999999'",
    })
    void parse_refused(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Counts.parse("samples", text, 1, MAX)).withMessage(message);
    }

    @Test
    void parse_null_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Counts.parse("batch", null, 1, MAX))
                .withMessageStartingWith("batch must be a whole number");
    }

    @Test
    void parseSeed_anyLong() {
        assertThat(Counts.parseSeed("-7")).isEqualTo(-7);
        assertThat(Counts.parseSeed("1_000")).isEqualTo(1000);
        assertThat(Counts.parseSeed(String.valueOf(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void parseSeed_notALong_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Counts.parseSeed("9223372036854775808"))
                .withMessageStartingWith("seed must be a whole number from");
        assertThatIllegalArgumentException().isThrownBy(() -> Counts.parseSeed("1e3"))
                .withMessageEndingWith("was '1e3'");
    }

    @Test
    void readable_powersOfTenShort_othersSeparated() {
        assertThat(Counts.readable(1_000_000_000_000_000L)).isEqualTo("1e15");
        assertThat(Counts.readable(100_000)).isEqualTo("100,000");
        assertThat(Counts.readable(2_000_000)).isEqualTo("2,000,000");
    }
}
