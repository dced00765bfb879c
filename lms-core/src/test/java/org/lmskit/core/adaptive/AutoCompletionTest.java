package org.lmskit.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.adaptive.AdaptiveWorld.ADAPTIVE;
import static org.lmskit.core.adaptive.AdaptiveWorld.ADMIN;
import static org.lmskit.core.adaptive.AdaptiveWorld.ANDREU;
import static org.lmskit.core.adaptive.AdaptiveWorld.AVANT_VENTE;
import static org.lmskit.core.adaptive.AdaptiveWorld.ECOUTER;
import static org.lmskit.core.adaptive.AdaptiveWorld.ENVOYER;
import static org.lmskit.core.adaptive.AdaptiveWorld.ESTIMATION;
import static org.lmskit.core.adaptive.AdaptiveWorld.FIABILISER;
import static org.lmskit.core.adaptive.AdaptiveWorld.LEVEE;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_ECOUTER;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_ENVOYER;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_ESTIMATION;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_FIABILISER;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_TRAITER;
import static org.lmskit.core.adaptive.AdaptiveWorld.MANAGER;
import static org.lmskit.core.adaptive.AdaptiveWorld.ORGANISER;
import static org.lmskit.core.adaptive.AdaptiveWorld.PILOTAGE;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/** Seed 000, "Leçons disponibles selon les compétences": lessons of acquired competencies complete themselves. */
class AutoCompletionTest {
    private final AdaptiveWorld world = new AdaptiveWorld();
    private final AdaptiveCapability adaptive = world.adaptive;

    private Enrolment enrol(Actor actor, Actor learner, EnrolmentType type) {
        return adaptive.enrolments().enrol(actor, ADAPTIVE, learner.id(), type, Optional.empty());
    }

    private static List<LessonId> waived(Enrolment e) {
        return e.waived().stream().map(Enrolment.Waiver::lesson).toList();
    }

    @Test
    void enrolling_andreu_completes_the_lessons_of_his_acquired_competencies_as_in_the_seed() {
        world.andreuAsInTheSeed();

        Enrolment enrolment = enrol(MANAGER, ANDREU, EnrolmentType.MANDATORY);
        AdaptiveViews.CourseProgress progress = adaptive.progress().courseProgress(ANDREU, ADAPTIVE, ANDREU.id());

        assertThat(enrolment.adapted()).isTrue();
        assertThat(waived(enrolment)).containsExactly(L_ENVOYER, L_FIABILISER, L_ECOUTER);
        assertThat(enrolment.waived().get(0).reason()).contains(ENVOYER.value()).contains("job level");
        assertThat(progress.adapted()).isTrue();
        assertThat(progress.sections().get(0).lessons()).extracting(AdaptiveViews.LessonState::status)
                .containsExactly(LessonStatus.COMPLETED, LessonStatus.NOT_STARTED, LessonStatus.COMPLETED,
                        LessonStatus.NOT_STARTED);
        assertThat(progress.sections().get(0).lessons().get(0).completedBy()).contains(CompletedBy.ADAPTIVE_RULE);
        assertThat(progress.sections().get(0).lessons().get(0).waiverReason()).isPresent();
        assertThat(progress.percent()).isEqualTo(60);
        assertThat(progress.status()).isEqualTo(CourseStatus.IN_PROGRESS);
        assertThat(world.events).anySatisfy(e -> assertThat(e).isInstanceOf(AdaptiveEvent.Enrolled.class));
    }

    @Test
    void a_learner_with_nothing_acquired_gets_the_whole_course() {
        Enrolment enrolment = enrol(ADMIN, ANDREU, EnrolmentType.RECOMMENDED);

        assertThat(enrolment.adapted()).isFalse();
        assertThat(enrolment.adaptedAt()).isEmpty();
        assertThat(adaptive.progress().courseProgress(ADMIN, ADAPTIVE, ANDREU.id()).status()).isEqualTo(CourseStatus.NOT_STARTED);
    }

    @Test
    void every_targeted_competency_must_be_acquired() {
        world.acquired(ANDREU, Map.of(LEVEE, "3"));
        assertThat(waived(enrol(ADMIN, ANDREU, EnrolmentType.MANDATORY))).doesNotContain(L_TRAITER);

        world.acquired(ANDREU, Map.of(PILOTAGE, "3"));
        assertThat(waived(adaptive.enrolments().readapt(ADMIN, ADAPTIVE, ANDREU.id()))).doesNotContain(L_TRAITER);

        world.acquired(ANDREU, Map.of(PILOTAGE, "4"));
        assertThat(waived(adaptive.enrolments().readapt(ADMIN, ADAPTIVE, ANDREU.id()))).contains(L_TRAITER);
    }

    @Test
    void a_lesson_target_level_overrides_the_job_level_both_ways() {
        world.lesson(LessonId.of("expert"), "Estimations d'expert", LessonKind.VIDEO, false, ESTIMATION);
        world.lesson(LessonId.of("intro"), "Introduction", LessonKind.VIDEO, false, ESTIMATION);
        adaptive.catalogue().defineLesson(ADMIN, new Lesson(LessonId.of("expert"), "Estimations d'expert", LessonKind.VIDEO,
                Duration.ofMinutes(30), false, List.of(new Lesson.Target(ESTIMATION, Optional.of(LevelValue.of("5")))), 1));
        adaptive.catalogue().defineLesson(ADMIN, new Lesson(LessonId.of("intro"), "Introduction", LessonKind.VIDEO,
                Duration.ofMinutes(30), false, List.of(new Lesson.Target(ESTIMATION, Optional.of(LevelValue.of("2")))), 1));
        adaptive.catalogue().defineCourse(ADMIN, new Course(CourseId.of("levels"), "Niveaux", List.of(new Course.Section("S",
                List.of(LessonId.of("expert"), LessonId.of("intro"), L_ESTIMATION))), Set.of(), 0));
        world.acquired(ANDREU, Map.of(ESTIMATION, "2"));

        Enrolment enrolment = adaptive.enrolments().enrol(ADMIN, CourseId.of("levels"), ANDREU.id(), EnrolmentType.FREE,
                Optional.empty());

        assertThat(waived(enrolment)).containsExactly(LessonId.of("intro"));
        assertThat(enrolment.waived().get(0).reason()).contains("level 2");
    }

    @Test
    void a_job_level_target_the_job_does_not_require_is_never_met() {
        world.lesson(LessonId.of("organiser"), "S'organiser", LessonKind.VIDEO, false, ORGANISER);
        adaptive.catalogue().defineCourse(ADMIN, new Course(CourseId.of("orga"), "Organisation", List.of(new Course.Section("S",
                List.of(LessonId.of("organiser")))), Set.of(), 0));
        world.acquired(ANDREU, Map.of(ORGANISER, "5"));

        assertThat(adaptive.enrolments().enrol(ADMIN, CourseId.of("orga"), ANDREU.id(), EnrolmentType.FREE, Optional.empty())
                .adapted()).isFalse();
    }

    @Test
    void lessons_without_competency_never_complete_themselves() {
        world.acquired(ANDREU, Map.of(FIABILISER, "5", ESTIMATION, "5", ECOUTER, "5", ENVOYER, "5"));

        Enrolment enrolment = adaptive.enrolments().enrol(ADMIN, AVANT_VENTE, ANDREU.id(), EnrolmentType.MANDATORY, Optional.empty());

        assertThat(enrolment.waived()).isEmpty();
    }

    @Test
    void a_lesson_the_learner_already_completed_is_theirs_not_the_rule_s() {
        world.andreuAsInTheSeed();
        world.attempt(ANDREU, L_FIABILISER, LessonStatus.PASSED, "90", Duration.ofMinutes(50));

        Enrolment enrolment = enrol(ADMIN, ANDREU, EnrolmentType.MANDATORY);
        AdaptiveViews.LessonState fiabiliser = adaptive.progress().courseProgress(ANDREU, ADAPTIVE, ANDREU.id()).sections().get(0)
                .lessons().get(2);

        assertThat(waived(enrolment)).containsExactly(L_ENVOYER, L_ECOUTER);
        assertThat(fiabiliser.status()).isEqualTo(LessonStatus.PASSED);
        assertThat(fiabiliser.completedBy()).contains(CompletedBy.LEARNER);
    }

    @Test
    void a_waiver_never_hides_what_the_learner_did_afterwards() {
        world.andreuAsInTheSeed();
        enrol(ADMIN, ANDREU, EnrolmentType.MANDATORY);

        world.attempt(ANDREU, L_ENVOYER, LessonStatus.FAILED, "20", Duration.ofMinutes(5));
        world.attempt(ANDREU, L_FIABILISER, LessonStatus.PASSED, "100", Duration.ofMinutes(5));
        List<AdaptiveViews.LessonState> lessons = adaptive.progress().courseProgress(ANDREU, ADAPTIVE, ANDREU.id()).sections()
                .get(0).lessons();

        assertThat(lessons.get(0).status()).isEqualTo(LessonStatus.COMPLETED);
        assertThat(lessons.get(0).completedBy()).contains(CompletedBy.ADAPTIVE_RULE);
        assertThat(lessons.get(0).attempts()).isEqualTo(1);
        assertThat(lessons.get(2).status()).isEqualTo(LessonStatus.PASSED);
        assertThat(lessons.get(2).completedBy()).contains(CompletedBy.LEARNER);
    }

    @Test
    void readapting_picks_up_new_positionings_and_is_idempotent() {
        Enrolment first = enrol(ADMIN, ANDREU, EnrolmentType.MANDATORY);
        world.andreuAsInTheSeed();

        Enrolment once = adaptive.enrolments().readapt(MANAGER, ADAPTIVE, ANDREU.id());
        Enrolment twice = adaptive.enrolments().readapt(MANAGER, ADAPTIVE, ANDREU.id());

        assertThat(first.waived()).isEmpty();
        assertThat(waived(once)).containsExactly(L_ENVOYER, L_FIABILISER, L_ECOUTER);
        assertThat(twice).isEqualTo(once);
        assertThat(world.events).filteredOn(e -> e instanceof AdaptiveEvent.Readapted).singleElement()
                .satisfies(e -> {
                    AdaptiveEvent.Readapted readapted = (AdaptiveEvent.Readapted) e;
                    assertThat(readapted.added()).containsExactlyInAnyOrder(L_ENVOYER, L_FIABILISER, L_ECOUTER);
                    assertThat(readapted.reopened()).isEmpty();
                });
        assertThat(once.adaptedAt()).isPresent();
    }

    @Test
    void a_lost_competency_keeps_its_waiver_by_default() {
        world.andreuAsInTheSeed();
        enrol(ADMIN, ANDREU, EnrolmentType.MANDATORY);
        world.clock.advance(Duration.ofDays(1));
        world.acquired(ANDREU, Map.of(FIABILISER, "1"));

        assertThat(waived(adaptive.enrolments().readapt(ADMIN, ADAPTIVE, ANDREU.id()))).contains(L_FIABILISER);
    }

    @Test
    void with_reopen_on_loss_a_lost_competency_reopens_its_lesson_but_never_the_learner_s_own_work() {
        AdaptiveWorld reopening = new AdaptiveWorld(new AdaptiveSettings(true));
        reopening.andreuAsInTheSeed();
        reopening.adaptive.enrolments().enrol(ADMIN, ADAPTIVE, ANDREU.id(), EnrolmentType.MANDATORY, Optional.empty());
        reopening.attempt(ANDREU, L_ENVOYER, LessonStatus.COMPLETED, null, Duration.ofMinutes(40));
        reopening.clock.advance(Duration.ofDays(1));
        reopening.acquired(ANDREU, Map.of(FIABILISER, "1", ENVOYER, "1"));

        Enrolment readapted = reopening.adaptive.enrolments().readapt(ADMIN, ADAPTIVE, ANDREU.id());
        List<AdaptiveViews.LessonState> lessons = reopening.adaptive.progress().courseProgress(ADMIN, ADAPTIVE, ANDREU.id())
                .sections().get(0).lessons();

        assertThat(waived(readapted)).containsExactly(L_ECOUTER);
        assertThat(reopening.events).filteredOn(e -> e instanceof AdaptiveEvent.Readapted).singleElement()
                .satisfies(e -> {
                    AdaptiveEvent.Readapted event = (AdaptiveEvent.Readapted) e;
                    assertThat(event.added()).isEmpty();
                    assertThat(event.reopened()).containsExactlyInAnyOrder(L_ENVOYER, L_FIABILISER);
                });
        assertThat(lessons.get(0).status()).isEqualTo(LessonStatus.COMPLETED);
        assertThat(lessons.get(0).completedBy()).contains(CompletedBy.LEARNER);
        assertThat(lessons.get(2).status()).isEqualTo(LessonStatus.NOT_STARTED);
    }

    @Test
    void enrolment_is_once_per_course_and_by_the_right_people() {
        enrol(ANDREU, ANDREU, EnrolmentType.FREE);

        assertThatThrownBy(() -> enrol(ADMIN, ANDREU, EnrolmentType.MANDATORY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> adaptive.enrolments().enrol(AdaptiveWorld.SAM, AVANT_VENTE, AdaptiveWorld.SAM.id(),
                EnrolmentType.MANDATORY, Optional.empty())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> adaptive.enrolments().enrol(AdaptiveWorld.SAM, AVANT_VENTE, ANDREU.id(), EnrolmentType.FREE,
                Optional.empty())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> adaptive.enrolments().enrol(Actor.of("other-manager", Role.MANAGER), AVANT_VENTE, ANDREU.id(),
                EnrolmentType.MANDATORY, Optional.empty())).isInstanceOf(PermissionDeniedException.class);
        assertThat(adaptive.enrolments().enrol(MANAGER, AVANT_VENTE, ANDREU.id(), EnrolmentType.MANDATORY,
                Optional.of(LocalDate.of(2024, 3, 31))).dueOn()).contains(LocalDate.of(2024, 3, 31));
    }

    @Test
    void a_batch_skips_and_lists_learners_already_enrolled() {
        enrol(ADMIN, ANDREU, EnrolmentType.FREE);

        AdaptiveViews.EnrolmentReport report = adaptive.enrolments().enrolAll(ADMIN, ADAPTIVE, List.of(ANDREU.id(),
                AdaptiveWorld.SAM.id(), AdaptiveWorld.JEROME.id()), EnrolmentType.MANDATORY, Optional.empty());

        assertThat(report.enrolled()).isEqualTo(2);
        assertThat(report.alreadyEnrolled()).containsExactly(ANDREU.id());
    }
}
