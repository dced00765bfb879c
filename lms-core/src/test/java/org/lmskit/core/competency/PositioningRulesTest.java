package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ADMIN;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.MANAGER;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ROBERT;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ROBERT_HIMSELF;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.SUPERVISOR;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.TUTOR;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.PageRequest;

class PositioningRulesTest {
    private static final CompetencyCode CODE = CompetencyCode.of("TEST-ANE_002-CGCR-01");
    private final ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob();
    private final CompetencyCapability competencies = world.lms.competencies();

    private Positioning position(Actor actor, Source source, String level, String score) {
        return competencies.positionings().position(actor, ROBERT, CODE, source, Optional.ofNullable(level).map(LevelValue::of),
                Optional.ofNullable(score).map(BigDecimal::new), Optional.empty());
    }

    private long stored() {
        return world.storage.positionings().history(ROBERT.value(), PageRequest.first(1)).total();
    }

    @Test
    void a_learner_positions_themself_only_if_their_manager_allowed_it() {
        assertThatThrownBy(() -> position(ROBERT_HIMSELF, Source.SELF, "3", null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(stored()).isZero();

        world.directory.selfAllowed.add(ROBERT);
        assertThat(position(ROBERT_HIMSELF, Source.SELF, "3", null).source()).isEqualTo(Source.SELF);
        assertThatThrownBy(() -> position(Actor.of("other", Role.LEARNER), Source.SELF, "3", null))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void an_observation_only_by_a_tutor_or_trainer_of_the_learner_and_its_score_gives_the_level() {
        assertThatThrownBy(() -> position(TUTOR, Source.OBSERVATION, null, "70")).isInstanceOf(PermissionDeniedException.class);

        world.directory.coaches.put(ROBERT, Set.of(TUTOR.id()));
        Positioning observed = position(TUTOR, Source.OBSERVATION, null, "70");
        assertThat(observed.level()).isEqualTo(LevelValue.of("4"));
        assertThat(observed.score()).contains(new BigDecimal("70"));
    }

    @Test
    void positioning_by_level_or_by_score_reads_as_it_says() {
        world.directory.managers.put(ROBERT, Set.of(MANAGER.id()));
        assertThat(competencies.positionings().positionAtLevel(MANAGER, ROBERT, CODE, Source.MANAGER, LevelValue.of("3"))
                .level()).isEqualTo(LevelValue.of("3"));
        assertThat(competencies.positionings().positionByScore(ADMIN, ROBERT, CODE, Source.EVALUATION,
                new BigDecimal("60")).level()).isEqualTo(LevelValue.of("4"));
        assertThatThrownBy(() -> competencies.positionings().positionAtLevel(ADMIN, ROBERT, CODE, Source.EVALUATION,
                LevelValue.of("3"))).hasMessageContaining("score");
        assertThatThrownBy(() -> competencies.positionings().positionByScore(MANAGER, ROBERT, CODE, Source.MANAGER,
                new BigDecimal("60"))).hasMessageContaining("score");
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "19.99, 1", "20, 2", "59.99, 3", "60, 4", "80, 5", "100, 5"})
    void evaluation_scores_map_through_the_thresholds_at_their_boundaries(String score, String level) {
        assertThat(position(ADMIN, Source.EVALUATION, null, score).level()).isEqualTo(LevelValue.of(level));
    }

    @Test
    void a_manager_positions_only_their_team_and_a_supervisor_their_organisation() {
        assertThatThrownBy(() -> position(MANAGER, Source.MANAGER, "3", null)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> position(SUPERVISOR, Source.SUPERVISOR, "3", null))
                .isInstanceOf(PermissionDeniedException.class);

        world.directory.managers.put(ROBERT, Set.of(MANAGER.id()));
        world.directory.supervisors.put(ROBERT, Set.of(SUPERVISOR.id()));
        position(MANAGER, Source.MANAGER, "3", null);
        position(SUPERVISOR, Source.SUPERVISOR, "4", null);
        assertThatThrownBy(() -> position(MANAGER, Source.SUPERVISOR, "3", null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> position(MANAGER, Source.REVIEW, "3", null)).isInstanceOf(PermissionDeniedException.class);
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void bad_levels_and_scores_are_refused_and_nothing_is_stored() {
        world.directory.managers.put(ROBERT, Set.of(MANAGER.id()));

        assertThatThrownBy(() -> position(MANAGER, Source.MANAGER, "6", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("level");
        assertThatThrownBy(() -> position(MANAGER, Source.MANAGER, null, null)).hasMessageContaining("level");
        assertThatThrownBy(() -> position(ADMIN, Source.EVALUATION, null, "100.01")).hasMessageContaining("score");
        assertThatThrownBy(() -> position(ADMIN, Source.EVALUATION, null, "-1")).hasMessageContaining("score");
        assertThatThrownBy(() -> position(ADMIN, Source.EVALUATION, null, null)).hasMessageContaining("score");
        assertThatThrownBy(() -> competencies.positionings().position(MANAGER, ROBERT, CompetencyCode.of("UNKNOWN"), Source.MANAGER,
                Optional.of(LevelValue.of("3")), Optional.empty(), Optional.empty()))
                .isInstanceOf(org.lmskit.core.error.NotFoundException.class);
        assertThat(stored()).isZero();
    }

    @Test
    void score_thresholds_are_validated_against_the_scale() {
        Scale scale = Scale.ofDefaults();
        assertThatThrownBy(() -> new ScoreThresholds(java.util.List.of(new ScoreThresholds.Threshold(BigDecimal.TEN, "1")))
                .check(scale)).hasMessageContaining("thresholds[0].minScore");
        assertThatThrownBy(() -> new ScoreThresholds(java.util.List.of(new ScoreThresholds.Threshold(BigDecimal.ZERO, "3"),
                new ScoreThresholds.Threshold(BigDecimal.TEN, "2"))).check(scale)).hasMessageContaining("lower level");
        assertThatThrownBy(() -> new ScoreThresholds(java.util.List.of(new ScoreThresholds.Threshold(BigDecimal.ZERO, "1"),
                new ScoreThresholds.Threshold(BigDecimal.ZERO, "2"))).check(scale)).hasMessageContaining("above the previous");
        assertThatThrownBy(() -> new ScoreThresholds(java.util.List.of(new ScoreThresholds.Threshold(BigDecimal.ZERO, "x")))
                .check(scale)).hasMessageContaining("not a level");
    }

    @Test
    void a_scale_has_two_levels_at_least_and_unique_codes() {
        assertThatThrownBy(() -> new Scale(Scale.DEFAULT_ID, "s", java.util.List.of(new ScaleLevel("1", "un", "")), true, 0))
                .hasMessageContaining("at least two");
        assertThatThrownBy(() -> new Scale(Scale.DEFAULT_ID, "s", java.util.List.of(new ScaleLevel("1", "un", ""),
                new ScaleLevel("1", "deux", "")), true, 0)).hasMessageContaining("appears twice");
        Scale operational = new Scale(org.lmskit.core.id.ScaleId.of("ops"), "Débutant / Opérationnel / Expérimenté",
                java.util.List.of(new ScaleLevel("DEB", "Débutant", ""), new ScaleLevel("OPE", "Opérationnel", ""),
                        new ScaleLevel("EXP", "Expérimenté", "")), false, 0);
        assertThat(operational.rank("OPE")).contains(2);
        assertThatThrownBy(() -> operational.check("level", LevelValue.notApplicable())).hasMessageContaining("not applicable");
    }
}
