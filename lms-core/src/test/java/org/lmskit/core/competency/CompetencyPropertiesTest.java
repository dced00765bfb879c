package org.lmskit.core.competency;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.UserId;

class CompetencyPropertiesTest {

    @Test
    void property_percentages_stay_within_0_and_100() {
        qt().forAll(integers().between(0, 500), integers().between(0, 500), integers().between(0, 500))
                .check((acquired, gaps, notEvaluated) -> {
                    List<CompetencyViews.CompetencyGap> all = new ArrayList<>();
                    for (int i = 0; i < acquired + gaps + notEvaluated; i++) {
                        CompetencyViews.GapStatus status = i < acquired ? CompetencyViews.GapStatus.ACQUIRED
                                : i < acquired + gaps ? CompetencyViews.GapStatus.GAP : CompetencyViews.GapStatus.NOT_EVALUATED;
                        all.add(new CompetencyViews.CompetencyGap(CompetencyCode.of("c" + i), "t", LevelValue.of("3"),
                                Optional.empty(), Optional.empty(), status, Optional.empty(), "", List.of()));
                    }
                    int percent = CompetencyViews.Summary.of(all).percent();
                    return percent >= 0 && percent <= 100;
                });
    }

    @Test
    void property_the_percentage_is_acquired_over_applicable_rounded_half_up() {
        qt().forAll(integers().between(0, 100_000), integers().between(0, 100_000)).check((a, extra) -> {
            int applicable = a + extra;
            int expected = applicable == 0 ? 0 : java.math.BigDecimal.valueOf(a * 100L)
                    .divide(java.math.BigDecimal.valueOf(applicable), 0, java.math.RoundingMode.HALF_UP).intValueExact();
            return CompetencyViews.Summary.of(a, applicable, 0).percent() == expected;
        });
    }

    @Test
    void a_summary_refuses_counts_that_cannot_happen() {
        org.assertj.core.api.Assertions.assertThat(CompetencyViews.Summary.of(6, 11, 5).percent()).isEqualTo(55);
        org.assertj.core.api.Assertions.assertThat(CompetencyViews.Summary.of(1, 8, 0).percent()).isEqualTo(13);
        for (int[] bad : new int[][] {{-1, 3, 0}, {0, 3, -1}, {4, 3, 0}, {2, 3, 2}}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompetencyViews.Summary.of(bad[0], bad[1], bad[2]))
                    .isInstanceOf(org.lmskit.core.error.InvalidInputException.class).hasMessageContaining("summary");
        }
        org.assertj.core.api.Assertions.assertThat(CompetencyViews.Summary.of(2, 3, 1).percent()).isEqualTo(67);
    }

    @Test
    void property_a_validating_positioning_at_or_above_the_required_level_never_adds_a_gap() {
        qt().withExamples(30).forAll(integers().between(0, 10), integers().between(3, 5), integers().between(1, 5))
                .check((index, level, before) -> {
                    ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob().withTeam();
                    UserId learner = ConseillerCarriereRetraite.MEDINE;
                    CompetencyCode code = ConseillerCarriereRetraite.allCodes().get(index);
                    world.position(ConseillerCarriereRetraite.MANAGER, learner, code, LevelValue.of(String.valueOf(before)));
                    long gapsBefore = countGaps(world, learner);
                    world.now = world.now.plusSeconds(60);
                    int required = code.value().equals("TEST-ANE_002-CGCR-04") ? 4 : 3;
                    world.position(ConseillerCarriereRetraite.MANAGER, learner, code,
                            LevelValue.of(String.valueOf(Math.max(level, required))));
                    return countGaps(world, learner) <= gapsBefore;
                });
    }

    private static long countGaps(ConseillerCarriereRetraite world, UserId learner) {
        return world.lms.competencies().views().jobView(ConseillerCarriereRetraite.ADMIN, learner, CompetencyViews.Period.always()).gaps()
                .stream().filter(g -> g.status() == CompetencyViews.GapStatus.GAP).count();
    }
}
