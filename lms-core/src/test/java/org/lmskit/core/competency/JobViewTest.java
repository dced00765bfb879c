package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ADMIN;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.DINO;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.JOB;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.MANAGER;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.MEDINE;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ROBERT;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ROBERT_HIMSELF;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.competency.CompetencyViews.GapStatus;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.PageRequest;

class JobViewTest {
    private static final CompetencyCode CGCR_01 = CompetencyCode.of("TEST-ANE_002-CGCR-01");
    private static final CompetencyCode CGCR_04 = CompetencyCode.of("TEST-ANE_002-CGCR-04");
    private final ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob().withTeam();
    private final CompetencyCapability competencies = world.lms.competencies();

    private CompetencyViews.CompetencyGap gap(org.lmskit.core.id.UserId who, CompetencyCode code) {
        return competencies.views().jobView(ADMIN, who, CompetencyViews.Period.always()).gaps().stream()
                .filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    private static <T> T id(T t) {
        return t;
    }

    @Test
    void the_seeds_team_table_robert_55_percent_dino_82_percent() {
        CompetencyViews.Summary robert = competencies.views().jobView(MANAGER, ROBERT, CompetencyViews.Period.always()).summary();
        CompetencyViews.Summary dino = competencies.views().jobView(MANAGER, DINO, CompetencyViews.Period.always()).summary();
        CompetencyViews.Summary medine = competencies.views().jobView(MANAGER, MEDINE, CompetencyViews.Period.always()).summary();

        assertThat(robert).isEqualTo(new CompetencyViews.Summary(6, 11, 55, 0));
        assertThat(dino).isEqualTo(new CompetencyViews.Summary(9, 11, 82, 0));
        assertThat(medine).isEqualTo(new CompetencyViews.Summary(0, 11, 0, 11));
    }

    @Test
    void a_view_can_decide_with_another_policy_for_one_question_without_changing_the_default() {
        world.directory.managers.put(ROBERT, java.util.Set.of(MANAGER.id()));
        competencies.positionings().positionAtLevel(MANAGER, ROBERT, CGCR_01, Source.MANAGER, LevelValue.of("5"));
        world.now = world.now.plusSeconds(60);
        competencies.positionings().positionAtLevel(MANAGER, ROBERT, CGCR_01, Source.MANAGER, LevelValue.of("1"));

        assertThat(competencies.views().jobView(ADMIN, ROBERT, CompetencyViews.Period.always()).gaps().stream()
                .filter(g -> g.code().equals(CGCR_01)).findFirst().orElseThrow().acquired()).contains(LevelValue.of("1"));
        assertThat(competencies.views().deciding(AcquisitionPolicy.highest())
                .jobView(ADMIN, ROBERT, CompetencyViews.Period.always()).gaps().stream()
                .filter(g -> g.code().equals(CGCR_01)).findFirst().orElseThrow().acquired()).contains(LevelValue.of("5"));
        assertThat(gap(ROBERT, CGCR_01).acquired()).contains(LevelValue.of("1"));
        assertThatThrownBy(() -> competencies.views().deciding(null))
                .isInstanceOf(org.lmskit.core.error.InvalidInputException.class).hasMessageContaining("policy");
    }

    @Test
    void the_job_view_groups_gaps_by_profile_with_radar_data() {
        CompetencyViews.JobView view = competencies.views().jobView(ROBERT_HIMSELF, ROBERT, CompetencyViews.Period.always());

        assertThat(view.profiles()).extracting(CompetencyViews.ProfileView::name).containsExactly("Traiter et analyser les données",
                "Maîtriser la réglementation de son activité", "Gérer la Relation Client");
        CompetencyViews.ProfileView data = view.profiles().get(0);
        assertThat(data.summary()).isEqualTo(new CompetencyViews.Summary(4, 4, 100, 0));
        assertThat(data.radar().axes()).startsWith("Fiabiliser une carrière");
        assertThat(data.radar().required()).containsExactly(3, 3, 3, 4);
        assertThat(data.radar().acquired()).containsExactly(3, 3, 3, 4);
        assertThat(data.radar().max()).isEqualTo(5);
    }

    @Test
    void the_tooltip_gives_the_level_reached_its_score_the_required_level_who_positioned_and_when() {
        world.now = world.now.plusSeconds(3600);
        Instant evaluatedAt = world.now;
        competencies.positionings().positionByScore(ADMIN, ROBERT, CGCR_04, Source.EVALUATION,
                new java.math.BigDecimal("60"));

        CompetencyViews.CompetencyGap gap = gap(ROBERT, CGCR_04);
        Positioning deciding = gap.deciding().orElseThrow();
        assertThat(deciding.level()).isEqualTo(LevelValue.of("4"));
        assertThat(deciding.score()).contains(new java.math.BigDecimal("60"));
        assertThat(gap.required()).isEqualTo(LevelValue.of("4"));
        assertThat(deciding.actor()).isEqualTo(ADMIN.id());
        assertThat(deciding.at()).isEqualTo(evaluatedAt);
    }

    @Test
    void acquired_at_exactly_the_required_level_is_acquired_one_below_is_a_gap_with_linked_trainings() {
        assertThat(gap(ROBERT, CGCR_04).status()).isEqualTo(GapStatus.ACQUIRED);
        world.now = world.now.plusSeconds(60);
        world.position(MANAGER, ROBERT, CGCR_04, LevelValue.of("3"));

        CompetencyViews.CompetencyGap gap = gap(ROBERT, CGCR_04);
        assertThat(gap.status()).isEqualTo(GapStatus.GAP);
        assertThat(gap.required()).isEqualTo(LevelValue.of("4"));
        assertThat(gap.acquired()).contains(LevelValue.of("3"));
        assertThat(gap.trainings()).extracting(CompetencyViews.Training::id).containsExactly("cours-TEST-ANE_002-CGCR-04");
        assertThat(gap.deciding().orElseThrow().actor()).isEqualTo(MANAGER.id());
        assertThat(gap.explanation()).contains("manon", "MANAGER");
    }

    /** Seed 000: "Lorsqu'une compétence n'est pas encore acquise, un bouton « Voir les formations liées »". */
    @Test
    void a_competency_never_evaluated_is_not_acquired_either_and_links_its_trainings() {
        CompetencyViews.CompetencyGap never = gap(MEDINE, CGCR_01);

        assertThat(never.status()).isEqualTo(GapStatus.NOT_EVALUATED);
        assertThat(never.trainings()).extracting(CompetencyViews.Training::id).containsExactly("cours-" + CGCR_01);
    }

    @Test
    void acquired_and_not_applicable_competencies_link_no_training() {
        world.position(MANAGER, MEDINE, CGCR_01, LevelValue.notApplicable());

        assertThat(gap(MEDINE, CGCR_01).trainings()).isEmpty();
        assertThat(gap(ROBERT, CGCR_04).status()).isEqualTo(GapStatus.ACQUIRED);
        assertThat(gap(ROBERT, CGCR_04).trainings()).isEmpty();
    }

    @Test
    void only_self_positionings_leave_a_competency_not_evaluated_and_the_self_level_is_reported_apart() {
        world.directory.selfAllowed.add(MEDINE);
        competencies.positionings().position(new Actor(MEDINE, java.util.Set.of(Role.LEARNER)), MEDINE, CGCR_01, Source.SELF,
                Optional.of(LevelValue.of("5")), Optional.empty(), Optional.empty());

        CompetencyViews.CompetencyGap gap = gap(MEDINE, CGCR_01);
        assertThat(gap.status()).isEqualTo(GapStatus.NOT_EVALUATED);
        assertThat(gap.selfAssessed()).contains(LevelValue.of("5"));
        assertThat(gap.acquired()).isEmpty();
    }

    @Test
    void a_competency_positioned_not_applicable_leaves_the_count() {
        world.position(MANAGER, MEDINE, CGCR_01, LevelValue.notApplicable());

        assertThat(gap(MEDINE, CGCR_01).status()).isEqualTo(GapStatus.NOT_APPLICABLE);
        assertThat(competencies.views().jobView(ADMIN, MEDINE, CompetencyViews.Period.always()).summary())
                .isEqualTo(new CompetencyViews.Summary(0, 10, 0, 10));
    }

    @Test
    void the_period_keeps_only_positionings_inside_it() {
        Instant before = world.now;
        world.now = world.now.plus(Duration.ofDays(30));
        world.position(MANAGER, MEDINE, CGCR_01, LevelValue.of("5"));

        assertThat(competencies.views().jobView(ADMIN, MEDINE, CompetencyViews.Period.between(before, before.plus(Duration.ofDays(29))))
                .summary().acquired()).isZero();
        assertThat(competencies.views().jobView(ADMIN, MEDINE, CompetencyViews.Period.between(before, world.now)).summary().acquired())
                .isEqualTo(1);
        assertThatThrownBy(() -> CompetencyViews.Period.between(world.now, before)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void comparing_with_another_job_does_not_reassign() {
        Map<CompetencyCode, LevelValue> requirements = new LinkedHashMap<>();
        ConseillerCarriereRetraite.allCodes().forEach(c -> requirements.put(c, LevelValue.of("5")));
        competencies.catalogue().defineJob(ADMIN, new Catalogue.Job(JobId.of("expert"), "Expert retraite",
                competencies.catalogue().job(JOB).profiles(), requirements, 0));

        CompetencyViews.JobView other = competencies.views().compare(ROBERT_HIMSELF, ROBERT, JobId.of("expert"), CompetencyViews.Period.always());

        assertThat(other.summary().acquired()).isZero();
        assertThat(competencies.positionings().jobOf(ROBERT_HIMSELF, ROBERT)).contains(JOB);
    }

    @Test
    void history_comes_newest_first_with_actor_and_source() {
        world.now = world.now.plusSeconds(60);
        world.position(MANAGER, ROBERT, CGCR_01, LevelValue.of("5"));

        List<Positioning> history = competencies.positionings().history(ROBERT_HIMSELF, ROBERT, PageRequest.first(3)).items();
        assertThat(history.get(0).level()).isEqualTo(LevelValue.of("5"));
        assertThat(history.get(0).source()).isEqualTo(Source.MANAGER);
        assertThat(competencies.positionings().history(ROBERT_HIMSELF, ROBERT, PageRequest.first(1)).total()).isEqualTo(12);
    }

    @Test
    void a_learner_without_a_job_has_no_job_view_and_others_cannot_read_it() {
        assertThatThrownBy(() -> competencies.views().jobView(ADMIN, id(org.lmskit.core.id.UserId.of("nobody")),
                CompetencyViews.Period.always())).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(CompetencyRefusals.NO_JOB));
        assertThatThrownBy(() -> competencies.views().jobView(Actor.of("stranger", Role.LEARNER), ROBERT, CompetencyViews.Period.always()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_job_must_require_exactly_its_profiles_competencies_on_their_scales() {
        Catalogue.Job job = competencies.catalogue().job(JOB);
        Map<CompetencyCode, LevelValue> missing = new LinkedHashMap<>(job.requirements());
        missing.remove(CGCR_01);
        Map<CompetencyCode, LevelValue> offScale = new LinkedHashMap<>(job.requirements());
        offScale.put(CGCR_01, LevelValue.of("9"));
        Map<CompetencyCode, LevelValue> extra = new LinkedHashMap<>(job.requirements());
        extra.put(CompetencyCode.of("OTHER"), LevelValue.of("3"));

        assertThatThrownBy(() -> competencies.catalogue().defineJob(ADMIN, new Catalogue.Job(JobId.of("j"), "t", job.profiles(),
                missing, 0))).hasMessageContaining("requirements.TEST-ANE_002-CGCR-01");
        assertThatThrownBy(() -> competencies.catalogue().defineJob(ADMIN, new Catalogue.Job(JobId.of("j"), "t", job.profiles(),
                offScale, 0))).hasMessageContaining("not a level");
        assertThatThrownBy(() -> competencies.catalogue().defineJob(ADMIN, new Catalogue.Job(JobId.of("j"), "t", job.profiles(),
                extra, 0))).hasMessageContaining("requirements.OTHER");
        assertThatThrownBy(() -> competencies.catalogue().defineJob(MANAGER, job)).isInstanceOf(PermissionDeniedException.class);
    }

    private static final class UserId {
        static org.lmskit.core.id.UserId of(String value) {
            return org.lmskit.core.id.UserId.of(value);
        }
    }
}
