package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.certification.WorkshopStep.CONCLUSION_VIDEO_WATCHED;
import static org.lmskit.core.certification.WorkshopStep.CORRECTIONS_DONE;
import static org.lmskit.core.certification.WorkshopStep.INTRODUCTION_QUESTION_ANSWERED;
import static org.lmskit.core.certification.WorkshopStep.INTRODUCTION_VIDEO_WATCHED;
import static org.lmskit.core.certification.WorkshopStep.MAIN_QUESTIONS_ANSWERED;
import static org.lmskit.core.certification.WorkshopStep.MAIN_VIDEO_WATCHED;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 003, "Le pourcentage est proportionné comme suit", row by row, and the table's own checks. */
class WorkshopProgressTableTest {
    private final WorkshopProgressTable seed = WorkshopProgressTable.seed();

    @ParameterizedTest(name = "{0} -> {1} %")
    @CsvSource({
        "INTRODUCTION_VIDEO_WATCHED, 10",
        "INTRODUCTION_QUESTION_ANSWERED, 20",
        "MAIN_VIDEO_WATCHED, 30",
        "MAIN_QUESTIONS_ANSWERED, 60",
        "CORRECTIONS_DONE, 90",
        "CONCLUSION_VIDEO_WATCHED, 100"})
    void each_step_reached_in_order_is_worth_the_seed_percentage(WorkshopStep step, int percent) {
        Set<WorkshopStep> upTo = EnumSet.range(INTRODUCTION_VIDEO_WATCHED, step);

        assertThat(seed.percent(upTo)).isEqualTo(percent);
        assertThat(seed.percentOf(step)).isEqualTo(percent);
        assertThat(seed.complete(upTo)).isEqualTo(percent == 100);
    }

    @Test
    void nothing_done_is_zero_percent_and_the_next_step_is_the_introduction_video() {
        assertThat(seed.percent(Set.of())).isZero();
        assertThat(seed.next(Set.of())).contains(INTRODUCTION_VIDEO_WATCHED);
        assertThat(seed.next(EnumSet.allOf(WorkshopStep.class))).isEmpty();
    }

    @Test
    void a_step_ahead_of_a_missing_one_counts_once_the_gap_is_filled() {
        Set<WorkshopStep> skipped = EnumSet.of(INTRODUCTION_VIDEO_WATCHED, MAIN_VIDEO_WATCHED, MAIN_QUESTIONS_ANSWERED);

        assertThat(seed.percent(skipped)).isEqualTo(10);
        assertThat(seed.next(skipped)).contains(INTRODUCTION_QUESTION_ANSWERED);
        skipped.add(INTRODUCTION_QUESTION_ANSWERED);
        assertThat(seed.percent(skipped)).isEqualTo(60);
    }

    @Test
    void every_step_but_one_is_not_complete() {
        for (WorkshopStep missing : WorkshopStep.values()) {
            Set<WorkshopStep> steps = EnumSet.complementOf(EnumSet.of(missing));
            assertThat(seed.complete(steps)).as("without %s", missing).isFalse();
            assertThat(seed.percent(steps)).as("without %s", missing).isLessThan(100);
        }
    }

    @Test
    void the_percentage_never_falls_when_a_step_is_added() {
        qt().forAll(integers().between(0, 63), integers().between(0, 5)).checkAssert((mask, extra) -> {
            Set<WorkshopStep> steps = EnumSet.noneOf(WorkshopStep.class);
            for (WorkshopStep step : WorkshopStep.values()) {
                if ((mask >> step.ordinal() & 1) == 1) {
                    steps.add(step);
                }
            }
            int before = seed.percent(steps);
            steps.add(WorkshopStep.values()[extra]);
            assertThat(seed.percent(steps)).isGreaterThanOrEqualTo(before);
        });
    }

    @Test
    void a_table_must_give_every_step_a_rising_percentage_ending_at_100() {
        assertThatThrownBy(() -> WorkshopProgressTable.builder().step(INTRODUCTION_VIDEO_WATCHED, 10).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INTRODUCTION_QUESTION_ANSWERED");
        assertThatThrownBy(() -> rising(10, 20, 20, 60, 90, 100)).hasMessageContaining("does not rise");
        assertThatThrownBy(() -> rising(10, 20, 30, 60, 90, 99)).hasMessageContaining("not 100");
        assertThatThrownBy(() -> rising(0, 20, 30, 60, 90, 100)).hasMessageContaining("outside 1..100");
        assertThatThrownBy(() -> rising(10, 20, 30, 60, 90, 101)).hasMessageContaining("outside 1..100");
        assertThatThrownBy(() -> WorkshopProgressTable.builder().step(INTRODUCTION_VIDEO_WATCHED, 10)
                .step(INTRODUCTION_VIDEO_WATCHED, 20)).hasMessageContaining("twice");
        assertThat(rising(1, 2, 3, 4, 5, 100).percent(EnumSet.range(INTRODUCTION_VIDEO_WATCHED, MAIN_VIDEO_WATCHED)))
                .isEqualTo(3);
    }

    private static WorkshopProgressTable rising(int a, int b, int c, int d, int e, int f) {
        return WorkshopProgressTable.builder().step(INTRODUCTION_VIDEO_WATCHED, a).step(INTRODUCTION_QUESTION_ANSWERED, b)
                .step(MAIN_VIDEO_WATCHED, c).step(MAIN_QUESTIONS_ANSWERED, d).step(CORRECTIONS_DONE, e)
                .step(CONCLUSION_VIDEO_WATCHED, f).build();
    }
}
