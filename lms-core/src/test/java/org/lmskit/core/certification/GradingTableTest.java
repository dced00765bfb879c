package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.certification.CertificationLevel.BRONZE;
import static org.lmskit.core.certification.CertificationLevel.GOLD;
import static org.lmskit.core.certification.CertificationLevel.NONE;
import static org.lmskit.core.certification.CertificationLevel.SILVER;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;

class GradingTableTest {

    private static CertificationLevel defaultLevel(String grade) {
        return GradingTable.ofDefaults().levelFor(Grade.of(new BigDecimal(grade)));
    }

    /** Seed 003, "Voici le barème": from 18 gold, from 15 silver, from 12 bronze, none below. */
    @ParameterizedTest
    @CsvSource({
        "0, NONE",
        "11, NONE",
        "11.99, NONE",
        "11.994, NONE",
        "11.995, BRONZE",
        "12, BRONZE",
        "14.99, BRONZE",
        "14.995, SILVER",
        "15, SILVER",
        "17.99, SILVER",
        "17.999, GOLD",
        "18, GOLD",
        "20, GOLD",
    })
    void the_seed_scale_gives_each_level_from_its_cut_off_inclusive(String grade, CertificationLevel expected) {
        assertThat(defaultLevel(grade)).isEqualTo(expected);
    }

    @Test
    void the_default_cut_offs_are_the_seeds() {
        GradingTable defaults = GradingTable.ofDefaults();
        assertThat(defaults.gold()).isEqualTo(new BigDecimal("18.00"));
        assertThat(defaults.silver()).isEqualTo(new BigDecimal("15.00"));
        assertThat(defaults.bronze()).isEqualTo(new BigDecimal("12.00"));
    }

    @Test
    void a_path_table_moves_the_boundaries() {
        GradingTable strict = GradingTable.of(new BigDecimal("19"), new BigDecimal("16.5"), new BigDecimal("13"));

        assertThat(strict.levelFor(Grade.of(new BigDecimal("18.5")))).isEqualTo(SILVER);
        assertThat(strict.levelFor(Grade.of(new BigDecimal("16.49")))).isEqualTo(BRONZE);
        assertThat(strict.levelFor(Grade.of(new BigDecimal("12.99")))).isEqualTo(NONE);
        assertThat(strict.levelFor(Grade.of(new BigDecimal("19")))).isEqualTo(GOLD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "20.01; 15; 12; gold; must be between 0 and 20, was 20.01",
        "18; -1; -2; silver; must be between 0 and 20, was -1",
        "18; 15; -0.01; bronze; must be between 0 and 20, was -0.01",
        "18.005; 15; 12; gold; must have at most two decimals, was 18.005",
        "15; 15; 12; gold; must be above silver (15)",
        "14; 15; 12; gold; must be above silver (15)",
        "18; 12; 12; silver; must be above bronze (12)",
        "18; 11; 12; silver; must be above bronze (12)",
    })
    void an_invalid_table_is_refused_naming_the_cut_off(String gold, String silver, String bronze,
                                                         String field, String message) {
        assertThatThrownBy(() -> GradingTable.of(new BigDecimal(gold), new BigDecimal(silver), new BigDecimal(bronze)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).contains(new Violation(field, message)));
    }

    @Test
    void missing_cut_offs_are_each_named() {
        assertThatThrownBy(() -> GradingTable.of(null, new BigDecimal("15"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("gold", "is required"), new Violation("bronze", "is required")));
    }

    @Test
    void trailing_zeros_do_not_count_as_decimals() {
        assertThat(GradingTable.of(new BigDecimal("18.000"), new BigDecimal("15.0"), new BigDecimal("12"))
                .gold()).isEqualTo(new BigDecimal("18.00"));
    }

    @Test
    void property_the_level_never_goes_down_when_the_grade_goes_up() {
        qt().forAll(integers().between(0, 20_000), integers().between(0, 20_000))
                .check((a, b) -> {
                    Grade low = Grade.of(BigDecimal.valueOf(Math.min(a, b), 3));
                    Grade high = Grade.of(BigDecimal.valueOf(Math.max(a, b), 3));
                    return GradingTable.ofDefaults().levelFor(low)
                            .compareTo(GradingTable.ofDefaults().levelFor(high)) <= 0;
                });
    }

    @Test
    void property_every_valid_table_grades_its_own_cut_offs_at_their_level() {
        qt().forAll(integers().between(0, 1000), integers().between(1, 500), integers().between(1, 500))
                .check((b, silverGap, goldGap) -> {
                    int s = b + silverGap;
                    int g = s + goldGap;
                    GradingTable table = GradingTable.of(BigDecimal.valueOf(g, 2), BigDecimal.valueOf(s, 2),
                            BigDecimal.valueOf(b, 2));
                    return table.levelFor(Grade.of(BigDecimal.valueOf(g, 2))) == GOLD
                            && table.levelFor(Grade.of(BigDecimal.valueOf(s, 2))) == SILVER
                            && table.levelFor(Grade.of(BigDecimal.valueOf(b, 2))) == BRONZE
                            && (b == 0 || table.levelFor(Grade.of(BigDecimal.valueOf(b - 1, 2))) == NONE);
                });
    }
}
