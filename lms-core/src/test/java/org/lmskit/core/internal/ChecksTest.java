package org.lmskit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.domain.Instants;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;

/** {@link Checks} collects every violation of an input, each naming its field, and refuses them in one answer. */
class ChecksTest {

    private static List<String> refusal(Checks checks) {
        try {
            checks.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
        }
    }

    @Test
    void nothing_wrong_refuses_nothing() {
        Checks checks = new Checks();
        assertThat(checks.required("a", "x")).isTrue();
        checks.text("b", "texte", 10);
        checks.optionalText("c", null, 10);
        checks.texts("d", List.of("un", "deux"), 2, 10);
        assertThat(checks.size("e", List.of(1, 2), 2)).isTrue();
        assertThat(checks.instant("f", Instant.parse("2026-01-05T10:00:00.1234567Z")))
                .isEqualTo(Instant.parse("2026-01-05T10:00:00.123456Z"));
        checks.optionalInstant("g", Optional.of(Instants.MAX));
        checks.optionalInstant("g2", null);
        checks.date("h", Instants.MIN_DATE);
        checks.optionalDate("i", Optional.of(Instants.MAX_DATE));
        checks.optionalDate("i2", null);
        assertThat(checks.decimal("j", new BigDecimal("12.50"), BigDecimal.ZERO, BigDecimal.TEN.multiply(BigDecimal.TEN), 2))
                .isEqualByComparingTo("12.5");
        assertThat(checks.passed()).isTrue();
        assertThat(refusal(checks)).isEmpty();
    }

    /** docs/domains.md: a required text is a line (no line break); an optional one here is a paragraph. */
    @Test
    void a_text_is_a_line_and_an_optional_text_a_paragraph() {
        Checks checks = new Checks();
        checks.text("line", "Stras\nbourg", 20);
        checks.text("tabbed", "a\tb", 20);
        checks.optionalText("paragraph", "ligne 1\r\nligne 2\tfin", 30);
        checks.text("edge", "x".repeat(20), 20);

        assertThat(refusal(checks)).containsExactly("line: must not contain control characters",
                "tabbed: must not contain control characters");
    }

    @Test
    void every_violation_is_named_and_refused_together() {
        Checks checks = new Checks();
        assertThat(checks.required("a", null)).isFalse();
        checks.text("b", " ", 10);
        checks.text("b2", "trop long ici", 5);
        checks.optionalText("c", "a\u0000b", 10);
        checks.texts("d", null, 2, 10);
        checks.texts("d2", List.of("un", "deux", "trois"), 2, 10);
        checks.texts("d3", Arrays.asList("un", ""), 2, 10);
        assertThat(checks.size("e", null, 2)).isFalse();
        assertThat(checks.size("e2", List.of(1, 2, 3), 2)).isTrue();
        assertThat(checks.size("e3", Arrays.asList(1, null), 2)).isFalse();
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");
        assertThat(checks.instant("f", far)).isEqualTo(far);
        assertThat(checks.instant("f2", null)).isNull();
        checks.optionalInstant("g", Optional.of(Instant.parse("1899-12-31T23:59:59Z")));
        checks.date("h", LocalDate.of(1899, 12, 31));
        checks.date("h2", null);
        checks.optionalDate("i", Optional.of(LocalDate.of(1800, 1, 1)));
        assertThat(checks.decimal("j", new BigDecimal("100.001"), BigDecimal.ZERO, new BigDecimal("100"), 2))
                .isEqualTo(new BigDecimal("100.001"));
        checks.fail("k", "is wrong");
        assertThat(checks.passed()).isFalse();

        assertThat(refusal(checks)).extracting(line -> line.substring(0, line.indexOf(':'))).containsExactly(
                "a", "b", "b2", "c", "d", "d2", "d3[1]", "e", "e2", "e3", "f", "f2", "g", "h", "h2", "i", "j", "k");
        assertThat(refusal(checks)).contains("a: is required", "d2: must have at most 2 values",
                "e3: must not hold null values", "k: is wrong");
    }

    @Test
    void a_single_required_text_is_refused_at_once() {
        assertThatThrownBy(() -> Checks.requireText("title", "", 10)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
                        .containsExactly("title"));
        Checks.requireText("title", "Titre", 10);
    }
}
