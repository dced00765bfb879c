package org.lmskit.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lmskit.core.error.InvalidInputException;

class InstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"+294277-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "1899-12-31T23:59:59.999999Z",
            "+10000-01-01T00:00:00Z"})
    void an_instant_outside_what_both_adapters_store_is_refused(String text) {
        assertThatThrownBy(() -> Instants.check("from", Instant.parse(text))).isInstanceOf(InvalidInputException.class)
                .hasMessage("from must be between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z");
    }

    @Test
    void the_bounds_are_accepted_and_instants_kept_to_the_microsecond() {
        assertThat(Instants.check("at", Instants.MIN)).isEqualTo(Instants.MIN);
        assertThat(Instants.check("at", Instants.MAX)).isEqualTo(Instants.MAX);
        assertThat(Instants.check("at", Instant.parse("2026-12-01T10:00:00.123456789Z")))
                .isEqualTo(Instant.parse("2026-12-01T10:00:00.123456Z"));
    }

    @Test
    void a_date_lies_in_years_1900_to_9999() {
        assertThat(Instants.check("day", LocalDate.of(1900, 1, 1))).isEqualTo(Instants.MIN_DATE);
        assertThat(Instants.check("day", LocalDate.of(9999, 12, 31))).isEqualTo(Instants.MAX_DATE);
        assertThatThrownBy(() -> Instants.check("day", LocalDate.of(1899, 12, 31)))
                .hasMessage("day must be between 1900-01-01 and 9999-12-31");
        assertThatThrownBy(() -> Instants.check("day", LocalDate.MAX)).hasMessageStartingWith("day must be between");
        assertThat(Instants.checkOptionalDate("day", Optional.empty())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void an_optional_date_is_checked_only_when_present() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 7);

        org.assertj.core.api.Assertions.assertThat(Instants.checkOptionalDate("d", null)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(Instants.checkOptionalDate("d", java.util.Optional.empty())).isEmpty();
        org.assertj.core.api.Assertions.assertThat(Instants.checkOptionalDate("d", java.util.Optional.of(day))).contains(day);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Instants.checkOptionalDate("d",
                java.util.Optional.of(java.time.LocalDate.of(1899, 12, 31))))
                .isInstanceOf(org.lmskit.core.error.InvalidInputException.class);
    }
}
