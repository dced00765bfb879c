package org.lmskit.core.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Seed 004, "Résultat de l'analyse d'un profil": one row per result, the status it sets, the status's days. */
class ResultTableTest {
    private final ResultTable table = ResultTable.seed();

    @ParameterizedTest(name = "{0} -> {1} ({2} days)")
    @CsvSource(nullValues = "none", value = {
        "NONE_STUDY_IN_PROGRESS,              STUDY_IN_PROGRESS,        30",
        "PROFILE_NOT_RETAINED,                NOT_RETAINED,             none",
        "RESERVED_AFTER_INTERVIEW,            NOT_RETAINED,             none",
        "EMPLOYABLE_NOT_SUITED,               NOT_RETAINED,             none",
        "KEPT_FOR_POTENTIAL_RECRUITMENT,      POOL,                     200",
        "KEPT_FOR_PRE_RECRUITMENT_TRAINING,   POOL,                     200",
        "INDIVIDUAL_PRE_RECRUITMENT_TRAINING, PRE_RECRUITMENT_TRAINING, 180",
        "ADC_REGISTRATION_REQUEST,            ADC_APPLICATION,          none",
        "ADC_IMMERSION,                       ADC_APPLICATION,          none",
        "OFFER_PENDING_CLIENT_APPROVAL,       RECRUITMENT_IN_PROGRESS,  30",
        "OFFER_IN_PROGRESS,                   RECRUITMENT_IN_PROGRESS,  30",
        "OFFER_REFUSED_BY_CANDIDATE,          REFUSED_BY_CANDIDATE,     none",
        "ADC_INTENSIVE_3_MONTHS,              ADC_3_MONTHS,             100",
        "ADC_INTENSIVE_6_MONTHS,              ADC_6_MONTHS,             190",
        "ADC_BASICS_6_MONTHS,                 ADC_6_MONTHS,             190",
        "ADC_GENERAL_6_MONTHS,                ADC_6_MONTHS,             190",
        "ADC_GENERAL_9_MONTHS,                ADC_9_MONTHS,             280",
        "ADC_GENERAL_1_YEAR,                  ADC_1_YEAR,               370",
        "ADC_GENERAL_2_YEARS,                 ADC_2_YEARS,              740",
        "NOT_RECRUITED_AFTER_ADC,             NOT_RETAINED,             none",
        "NOT_EMPLOYABLE_AFTER_INTERVIEW,      NOT_EMPLOYABLE,           none",
        "CANDIDATE_UNAVAILABLE,               UNAVAILABLE,              none",
        "CANDIDATE_FOUND_JOB,                 SITUATION_TO_CHECK,       none",
        "FILE_ABANDONED,                      NOT_RETAINED,             none",
    })
    void each_result_sets_the_seed_status_and_its_deadline(CardResult result, CardStatus status, Integer days) {
        assertThat(table.statusOf(result, Optional.empty())).contains(status);
        assertThat(table.deadlineDays(status)).isEqualTo(days == null ? OptionalInt.empty() : OptionalInt.of(days));
        assertThat(table.followsRecruitmentState(result)).isFalse();
    }

    @ParameterizedTest(name = "Recrutement in {0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "TRIAL_PERIOD,     RECRUITED_TRIAL, 250",
        "CONFIRMED,        RECRUITED,       none",
        "BROKEN_SKILLS,    CONTRACT_BROKEN, none",
        "BROKEN_BEHAVIOUR, CONTRACT_BROKEN, none",
        "BROKEN_ECONOMIC,  CONTRACT_BROKEN, none",
        "RESIGNED,         CONTRACT_BROKEN, none",
    })
    void a_recruitment_status_follows_the_recruitment_state(RecruitmentState state, CardStatus status, Integer days) {
        assertThat(table.statusOf(CardResult.RECRUITMENT, Optional.of(state))).contains(status);
        assertThat(table.deadlineDays(status)).isEqualTo(days == null ? OptionalInt.empty() : OptionalInt.of(days));
        assertThat(table.statusOf(CardResult.RECRUITMENT, Optional.empty())).isEmpty();
    }

    @Test
    void only_the_seed_results_require_parts_of_the_card() {
        for (CardResult result : CardResult.values()) {
            var expected = switch (result) {
                case NOT_EMPLOYABLE_AFTER_INTERVIEW -> java.util.Set.of(RequiredField.REJECTION_CAUSES);
                case RECRUITMENT -> java.util.Set.of(RequiredField.RECRUITMENT);
                default -> java.util.Set.<RequiredField>of();
            };
            assertThat(table.requiredFor(result)).as(result.name()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(QuickAction.class)
    void the_quick_actions_set_results_that_need_nothing_more(QuickAction action) {
        assertThat(table.requiredFor(action.result())).isEmpty();
        assertThat(table.statusOf(action.result(), Optional.empty())).isPresent();
    }

    @Test
    void a_table_missing_a_result_fails_when_built() {
        ResultTable.Builder incomplete = ResultTable.builder().noDeadline(CardStatus.NOT_RETAINED)
                .result(CardResult.FILE_ABANDONED, CardStatus.NOT_RETAINED);

        assertThatThrownBy(incomplete::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no status for NONE_STUDY_IN_PROGRESS");
    }

    @Test
    void a_status_without_a_declared_deadline_fails_when_built() {
        ResultTable.Builder b = ResultTable.seedBuilder().result(CardResult.FILE_ABANDONED, CardStatus.RECRUITED_TRIAL);
        ResultTable.Builder missing = ResultTable.builder();
        for (CardResult r : CardResult.values()) {
            missing.result(r, CardStatus.UNAVAILABLE);
        }

        assertThat(b.build().statusOf(CardResult.FILE_ABANDONED, Optional.empty())).contains(CardStatus.RECRUITED_TRIAL);
        assertThatThrownBy(missing::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UNAVAILABLE declares neither");
    }

    @Test
    void a_recruitment_row_must_cover_every_state() {
        ResultTable.Builder b = ResultTable.seedBuilder().recruitment(CardResult.RECRUITMENT,
                Map.of(RecruitmentState.CONFIRMED, CardStatus.RECRUITED));

        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RECRUITMENT in state TRIAL_PERIOD");
    }

    @Test
    void deadlines_are_one_to_ten_years_of_days() {
        assertThatThrownBy(() -> ResultTable.builder().deadline(CardStatus.POOL, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 3650");
        assertThatThrownBy(() -> ResultTable.builder().deadline(CardStatus.POOL, 3651))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ResultTable.seedBuilder().deadline(CardStatus.POOL, 3650).build().deadlineDays(CardStatus.POOL))
                .hasValue(3650);
    }

    @Test
    void a_host_may_change_a_deadline_and_keep_the_rest() {
        ResultTable custom = ResultTable.seedBuilder().deadline(CardStatus.STUDY_IN_PROGRESS, 15).build();

        assertThat(custom.deadlineDays(CardStatus.STUDY_IN_PROGRESS)).hasValue(15);
        assertThat(custom.deadlineDays(CardStatus.POOL)).hasValue(200);
        assertThat(ResultTable.seed().deadlineDays(CardStatus.STUDY_IN_PROGRESS)).hasValue(30);
    }
}
