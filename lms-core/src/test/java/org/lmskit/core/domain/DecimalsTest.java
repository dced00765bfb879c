package org.lmskit.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lmskit.core.error.InvalidInputException;

class DecimalsTest {
    private static final BigDecimal TWENTY = new BigDecimal("20");

    private static BigDecimal grade(String value) {
        return Decimals.check("grade", new BigDecimal(value), BigDecimal.ZERO, TWENTY, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e-10000000", "-1e-10000000", "1e10000000",
            "123456789012345678901234567890", "1e41", "1e-41"})
    void a_hostile_magnitude_is_refused_at_once_with_a_short_message(String hostile) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> grade(hostile))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("grade ").hasSizeLessThan(200)));
    }

    @Test
    void zero_at_any_scale_is_zero() {
        assertThat(grade("0E-10000000")).isEqualByComparingTo("0").hasToString("0.00");
        assertThat(grade("0E+10000000")).hasToString("0");
    }

    @Test
    void a_negative_scale_is_stored_as_a_plain_whole_number() {
        assertThat(grade("1E+1")).hasToString("10");
    }

    @Test
    void the_bounds_are_inclusive_and_the_decimals_counted_without_trailing_zeros() {
        assertThat(grade("0")).isEqualByComparingTo("0");
        assertThat(grade("20.0000")).isEqualByComparingTo("20");
        assertThatThrownBy(() -> grade("20.01")).hasMessage("grade must be between 0 and 20, was 20.01");
        assertThatThrownBy(() -> grade("-0.01")).hasMessage("grade must be between 0 and 20, was -0.01");
        assertThatThrownBy(() -> grade("12.005")).hasMessage("grade must have at most two decimals, was 12.005");
    }

    @Test
    void more_significant_digits_than_any_field_takes_are_refused() {
        assertThatThrownBy(() -> grade("1.00000000000000000000000000"))
                .hasMessageContaining("at most " + Decimals.MAX_PRECISION + " significant digits");
    }

    @Test
    void the_magnitude_limit_holds_on_each_side() {
        BigDecimal wide = new BigDecimal("1e45");
        // magnitude = precision - scale: 1e39 has 40, 1e40 has 41
        assertThat(Decimals.check("v", new BigDecimal("1e39"), wide.negate(), wide, 50)).isEqualByComparingTo("1e39");
        assertThatThrownBy(() -> Decimals.check("v", new BigDecimal("1e40"), wide.negate(), wide, 50))
                .hasMessageStartingWith("v must be between");
        // 1e-41 has -40, 1e-42 has -41
        assertThat(Decimals.check("v", new BigDecimal("1e-41"), wide.negate(), wide, 50)).isEqualByComparingTo("1e-41");
        assertThatThrownBy(() -> Decimals.check("v", new BigDecimal("1e-42"), wide.negate(), wide, 50))
                .hasMessageStartingWith("v must be between");
        assertThat(Decimals.fitsAnyField(new BigDecimal("1e39"))).isTrue();
        assertThat(Decimals.fitsAnyField(new BigDecimal("1e40"))).isFalse();
        assertThat(Decimals.fitsAnyField(new BigDecimal("0E-1000000"))).isTrue();
    }

    @Test
    void the_significant_digits_limit_holds_on_each_side() {
        BigDecimal wide = new BigDecimal("1e45");
        String digits = "1".repeat(Decimals.MAX_PRECISION);
        assertThat(Decimals.check("v", new BigDecimal(digits), BigDecimal.ZERO, wide, 0)).hasToString(digits);
        assertThatThrownBy(() -> Decimals.check("v", new BigDecimal(digits + "1"), BigDecimal.ZERO, wide, 0))
                .hasMessage("v must have at most " + Decimals.MAX_PRECISION + " significant digits");
        assertThat(Decimals.fitsAnyField(new BigDecimal(digits + "1"))).isFalse();
    }

    @Test
    void a_whole_number_field_names_itself_so() {
        assertThatThrownBy(() -> Decimals.check("quota", new BigDecimal("1.5"), BigDecimal.ZERO, BigDecimal.TEN, 0))
                .hasMessage("quota must be a whole number, was 1.5");
    }

    @Test
    void a_missing_value_is_required() {
        assertThatThrownBy(() -> Decimals.check("score", null, BigDecimal.ZERO, TWENTY, 2))
                .hasMessage("score is required");
    }

    @Test
    void every_accepted_value_is_inside_its_domain_and_prints_short() {
        qt().forAll(longs().between(-10_000_000L, 10_000_000L), integers().between(-3, 8)).checkAssert((unscaled, scale) -> {
            BigDecimal raw = BigDecimal.valueOf(unscaled, scale);
            try {
                BigDecimal accepted = Decimals.check("v", raw, new BigDecimal("-1000"), new BigDecimal("1000"), 4);
                assertThat(accepted).isEqualByComparingTo(raw);
                assertThat(accepted.scale()).isBetween(0, 4);
                assertThat(accepted.toPlainString().length()).isLessThan(40);
            } catch (InvalidInputException refused) {
                assertThat(raw.abs().compareTo(new BigDecimal("1000")) > 0 || raw.stripTrailingZeros().scale() > 4)
                        .as("refused %s", raw).isTrue();
            }
        });
    }

    /** The significant-digit limit on both sides of it, and the wording of a limit past six decimals. */
    @org.junit.jupiter.api.Test
    void the_digit_limit_on_both_sides_and_seven_decimals_spelt_as_a_number() {
        java.math.BigDecimal most = new java.math.BigDecimal("1".repeat(Decimals.MAX_PRECISION));
        java.math.BigDecimal tooMany = new java.math.BigDecimal("1".repeat(Decimals.MAX_PRECISION + 1));
        java.math.BigDecimal huge = java.math.BigDecimal.TEN.pow(Decimals.MAX_PRECISION + 2);

        org.assertj.core.api.Assertions.assertThat(Decimals.fitsAnyField(most)).isTrue();
        org.assertj.core.api.Assertions.assertThat(Decimals.fitsAnyField(tooMany)).isFalse();
        org.assertj.core.api.Assertions.assertThat(Decimals.check("x", most, java.math.BigDecimal.ZERO, huge, 0))
                .isEqualTo(most);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Decimals.check("x", tooMany, java.math.BigDecimal.ZERO,
                huge, 0)).hasMessageContaining("significant digits");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Decimals.check("x", new java.math.BigDecimal("0.12345678"),
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE, 7)).hasMessageContaining("at most 7 decimals");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Decimals.check("x", new java.math.BigDecimal("0.1234567"),
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE, 6)).hasMessageContaining("at most six decimals");
    }
}
