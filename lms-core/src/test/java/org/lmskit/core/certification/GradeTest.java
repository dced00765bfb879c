package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;

class GradeTest {

    @ParameterizedTest
    @CsvSource({
        "11.995, 12.00",
        "11.994, 11.99",
        "14.995, 15.00",
        "17.999, 18.00",
        "0, 0.00",
        "20, 20.00",
        "19.9999, 20.00",
        "7.5, 7.50",
    })
    void a_grade_is_rounded_once_half_up_to_two_decimals(String raw, String expected) {
        assertThat(Grade.of(new BigDecimal(raw)).value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20.01", "-0.01", "20.0001", "-0.0001", "100", "-20"})
    void a_grade_outside_0_to_20_is_refused_naming_the_field(String raw) {
        assertThatThrownBy(() -> Grade.of("finalGrade", new BigDecimal(raw)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("finalGrade"));
    }

    @Test
    void a_missing_grade_is_refused() {
        assertThatThrownBy(() -> Grade.of(null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("grade", "is required")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12,5", "1e", "NaN", "--1"})
    void text_that_is_not_a_number_is_refused(String text) {
        assertThatThrownBy(() -> Grade.parse("grade", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be a number");
    }

    @Test
    void text_holding_a_number_is_read() {
        assertThat(Grade.parse("grade", " 11.995 ").value()).isEqualTo(new BigDecimal("12.00"));
        assertThat(Grade.parse("grade", "1.2e1").value()).isEqualTo(new BigDecimal("12.00"));
    }

    @Test
    void grades_equal_when_their_rounded_values_are_equal() {
        assertThat(Grade.of(new BigDecimal("11.995"))).isEqualTo(Grade.of(new BigDecimal("12")));
        assertThat(Grade.of(new BigDecimal("12"))).isGreaterThan(Grade.of(new BigDecimal("11.99")));
    }
}
