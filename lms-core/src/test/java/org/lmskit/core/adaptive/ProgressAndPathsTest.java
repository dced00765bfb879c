package org.lmskit.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.adaptive.AdaptiveWorld.ADAPTIVE;
import static org.lmskit.core.adaptive.AdaptiveWorld.ADMIN;
import static org.lmskit.core.adaptive.AdaptiveWorld.ANDREU;
import static org.lmskit.core.adaptive.AdaptiveWorld.AVANT_VENTE;
import static org.lmskit.core.adaptive.AdaptiveWorld.E_LEARNING;
import static org.lmskit.core.adaptive.AdaptiveWorld.FICHE;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_ECOUTER;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_ENVOYER;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_ESTIMATION;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_FIABILISER;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_TRAITER;
import static org.lmskit.core.adaptive.AdaptiveWorld.MISSION;
import static org.lmskit.core.adaptive.AdaptiveWorld.QUIZ;
import static org.lmskit.core.adaptive.AdaptiveWorld.SAM;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/** Seeds 001 and 003: progress per lesson, carried across courses and paths; themes; workshops; time once. */
class ProgressAndPathsTest {
    private static final PathId PATH = PathId.of("recrutement-et-sourcing");
    private static final ThemeId QUIZ_THEME = ThemeId.of("sourcing");
    private static final ThemeId LESSON_THEME = ThemeId.of("relation-client");

    private final AdaptiveWorld world = new AdaptiveWorld();
    private final AdaptiveCapability adaptive = world.adaptive;

    private void definePath(boolean locks) {
        adaptive.catalogue().definePath(ADMIN, new LearningPath(PATH, "Recrutement et sourcing", List.of(
                new LearningPath.Theme(QUIZ_THEME, "Sourcing", true, List.of(
                        new LearningPath.Module(ModuleId.of("m1"), "Module 1", List.of(L_FIABILISER, L_ESTIMATION)))),
                new LearningPath.Theme(LESSON_THEME, "Relation client", false, List.of(
                        new LearningPath.Module(ModuleId.of("m2"), "Module 2", List.of(L_ECOUTER, L_ENVOYER)),
                        new LearningPath.Module(ModuleId.of("m3"), "Module 3", List.of(L_TRAITER))))),
                locks, List.of(new LearningPath.Workshop(WorkshopId.of("atelier-1"), "Atelier 1",
                Set.of(ModuleId.of("m1"), ModuleId.of("m2")))), 0));
    }

    @Test
    void the_seed_learner_at_five_of_six_lessons_is_at_83_percent_with_the_time_of_every_attempt() {
        adaptive.enrolments().enrol(ADMIN, AVANT_VENTE, SAM.id(), EnrolmentType.MANDATORY, Optional.empty());
        world.attempt(SAM, E_LEARNING, LessonStatus.IN_PROGRESS, null, Duration.ofSeconds(132));
        world.attempt(SAM, E_LEARNING, LessonStatus.COMPLETED, null, Duration.ofSeconds(122));
        world.attempt(SAM, FICHE, LessonStatus.COMPLETED, "75", Duration.ofSeconds(80));
        world.attempt(SAM, QUIZ, LessonStatus.PASSED, "94", Duration.ofSeconds(74));
        world.attempt(SAM, AdaptiveWorld.WEBINAR, LessonStatus.COMPLETED, null, Duration.ofHours(2));
        world.attempt(SAM, MISSION, LessonStatus.COMPLETED, null, Duration.ofHours(2));
        adaptive.tutoring().correct(AdaptiveWorld.TUTOR, AVANT_VENTE, SAM.id(), MISSION, new TutorCorrection(
                Optional.of(LessonStatus.PASSED), false, Optional.empty(), Optional.of(new BigDecimal("100")),
                Optional.empty()), 1);
        world.attempt(SAM, AdaptiveWorld.OBSERVATION, LessonStatus.FAILED, "50", Duration.ofSeconds(560));

        AdaptiveViews.CourseProgress progress = adaptive.progress().courseProgress(SAM, AVANT_VENTE, SAM.id());

        assertThat(progress.percent()).isEqualTo(83);
        assertThat(progress.status()).isEqualTo(CourseStatus.IN_PROGRESS);
        assertThat(progress.timeSpent()).isEqualTo(Duration.parse("PT4H16M8S"));
    }

    @Test
    void a_done_lesson_is_never_undone_by_a_later_try_and_the_best_score_is_kept() {
        world.attempt(SAM, QUIZ, LessonStatus.PASSED, "94", Duration.ofSeconds(60));
        LessonProgress after = world.attempt(SAM, QUIZ, LessonStatus.FAILED, "40", Duration.ofSeconds(30));

        assertThat(after.status()).isEqualTo(LessonStatus.PASSED);
        assertThat(after.score()).contains(new BigDecimal("94"));
        assertThat(after.attempts()).hasSize(2);
        assertThat(after.timeSpent()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void a_completed_lesson_passed_later_becomes_passed() {
        world.attempt(SAM, QUIZ, LessonStatus.COMPLETED, null, Duration.ofSeconds(60));

        assertThat(world.attempt(SAM, QUIZ, LessonStatus.PASSED, "80", Duration.ofSeconds(60)).status())
                .isEqualTo(LessonStatus.PASSED);
    }

    @Test
    void a_mission_handed_in_waits_for_a_tutor() {
        LessonProgress handedIn = world.attempt(SAM, MISSION, LessonStatus.COMPLETED, null, Duration.ofHours(1));

        assertThat(handedIn.status()).isEqualTo(LessonStatus.IN_PROGRESS);
        assertThat(handedIn.awaitingCorrection()).isTrue();
    }

    @Test
    void progress_made_in_one_course_counts_in_another_containing_the_lesson() {
        adaptive.catalogue().defineCourse(ADMIN, new Course(CourseId.of("cours-2"), "Cours 2 : La vente", List.of(
                new Course.Section("Rappels", List.of(E_LEARNING, L_ESTIMATION))), Set.of(), 0));
        adaptive.enrolments().enrol(ADMIN, AVANT_VENTE, SAM.id(), EnrolmentType.MANDATORY, Optional.empty());
        world.attempt(SAM, E_LEARNING, LessonStatus.COMPLETED, null, Duration.ofMinutes(4));

        adaptive.enrolments().enrol(ADMIN, CourseId.of("cours-2"), SAM.id(), EnrolmentType.MANDATORY, Optional.empty());
        AdaptiveViews.CourseProgress second = adaptive.progress().courseProgress(SAM, CourseId.of("cours-2"), SAM.id());

        assertThat(second.percent()).isEqualTo(50);
        assertThat(second.sections().get(0).lessons().get(0).status()).isEqualTo(LessonStatus.COMPLETED);
    }

    /** A learner reads their own progress, on a lesson or a path; another learner reads neither. */
    @Test
    void another_learner_reads_neither_a_lesson_s_progress_nor_a_path_s() {
        definePath(true);

        assertThatThrownBy(() -> adaptive.progress().pathProgress(SAM, PATH, ANDREU.id()))
                .isInstanceOf(org.lmskit.core.error.PermissionDeniedException.class);
        assertThatThrownBy(() -> adaptive.progress().progress(SAM, ANDREU.id(), L_FIABILISER))
                .isInstanceOf(org.lmskit.core.error.PermissionDeniedException.class);
        assertThat(adaptive.progress().progress(ANDREU, ANDREU.id(), L_FIABILISER).version()).isZero();
        assertThat(adaptive.progress().pathProgress(ANDREU, PATH, ANDREU.id()).status())
                .isEqualTo(CourseStatus.NOT_STARTED);
    }

    @Test
    void a_theme_with_a_program_quiz_is_validated_by_the_quiz_even_with_lessons_unwatched() {
        definePath(true);

        world.quizPassed(ANDREU, QUIZ_THEME);
        AdaptiveViews.PathProgress path = adaptive.progress().pathProgress(ANDREU, PATH, ANDREU.id());

        assertThat(path.themes().get(0).validated()).isTrue();
        assertThat(path.themes().get(0).validatedBy()).contains(AdaptiveViews.ValidatedBy.PROGRAM_QUIZ);
        assertThat(path.themes().get(0).missingLessons()).containsExactly(L_FIABILISER, L_ESTIMATION);
    }

    @Test
    void a_theme_with_a_program_quiz_is_not_validated_by_its_lessons_alone() {
        definePath(true);
        world.attempt(ANDREU, L_FIABILISER, LessonStatus.COMPLETED, null, Duration.ofMinutes(60));
        world.attempt(ANDREU, L_ESTIMATION, LessonStatus.COMPLETED, null, Duration.ofMinutes(60));

        AdaptiveViews.ThemeProgress theme = adaptive.progress().pathProgress(ANDREU, PATH, ANDREU.id()).themes().get(0);

        assertThat(theme.percent()).isEqualTo(100);
        assertThat(theme.validated()).isFalse();
    }

    @Test
    void a_theme_without_quiz_needs_all_its_non_optional_lessons() {
        adaptive.catalogue().defineLesson(ADMIN, new Lesson(L_TRAITER, "Traiter et analyser les données", LessonKind.E_LEARNING,
                Duration.ofHours(1), true, List.of(), 1));
        definePath(true);
        world.attempt(ANDREU, L_ECOUTER, LessonStatus.COMPLETED, null, Duration.ofMinutes(60));
        assertThat(adaptive.progress().pathProgress(ANDREU, PATH, ANDREU.id()).themes().get(1).missingLessons())
                .containsExactly(L_ENVOYER);

        world.attempt(ANDREU, L_ENVOYER, LessonStatus.COMPLETED, null, Duration.ofMinutes(60));
        AdaptiveViews.ThemeProgress theme = adaptive.progress().pathProgress(ANDREU, PATH, ANDREU.id()).themes().get(1);

        assertThat(theme.validated()).isTrue();
        assertThat(theme.validatedBy()).contains(AdaptiveViews.ValidatedBy.LESSONS);
    }

    @Test
    void a_locked_workshop_opens_when_its_modules_are_fully_done_and_says_what_is_missing() {
        definePath(true);
        world.attempt(ANDREU, L_FIABILISER, LessonStatus.COMPLETED, null, Duration.ofMinutes(60));
        world.attempt(ANDREU, L_ESTIMATION, LessonStatus.COMPLETED, null, Duration.ofMinutes(60));

        AdaptiveViews.WorkshopState locked = adaptive.progress().pathProgress(ANDREU, PATH, ANDREU.id()).workshops().get(0);
        world.attempt(ANDREU, L_ECOUTER, LessonStatus.PASSED, "80", Duration.ofMinutes(60));
        world.attempt(ANDREU, L_ENVOYER, LessonStatus.COMPLETED, null, Duration.ofMinutes(60));
        AdaptiveViews.WorkshopState open = adaptive.progress().pathProgress(ANDREU, PATH, ANDREU.id()).workshops().get(0);

        assertThat(locked.unlocked()).isFalse();
        assertThat(locked.missingModules()).containsExactly(ModuleId.of("m2"));
        assertThat(open.unlocked()).isTrue();
        assertThat(open.missingModules()).isEmpty();
    }

    @Test
    void a_path_that_does_not_lock_workshops_leaves_them_open() {
        definePath(false);

        assertThat(adaptive.progress().pathProgress(ANDREU, PATH, ANDREU.id()).workshops().get(0).unlocked()).isTrue();
    }

    @Test
    void path_time_counts_one_viewing_per_lesson_however_often_watched() {
        definePath(true);
        for (int i = 0; i < 10; i++) {
            world.attempt(ANDREU, L_FIABILISER, LessonStatus.COMPLETED, null, Duration.ofMinutes(55));
        }
        world.attempt(ANDREU, L_ESTIMATION, LessonStatus.IN_PROGRESS, null, Duration.ofMinutes(20));

        AdaptiveViews.PathProgress path = adaptive.progress().pathProgress(ANDREU, PATH, ANDREU.id());

        assertThat(path.timeCountedOnce()).isEqualTo(Duration.ofMinutes(80));
    }

    @Test
    void a_path_change_keeps_the_history() {
        definePath(true);
        world.attempt(ANDREU, L_ECOUTER, LessonStatus.COMPLETED, null, Duration.ofMinutes(60));
        adaptive.catalogue().definePath(ADMIN, new LearningPath(PathId.of("expert"), "Sourcing expert", List.of(
                new LearningPath.Theme(ThemeId.of("t"), "Relation client avancée", false, List.of(
                        new LearningPath.Module(ModuleId.of("x1"), "Module", List.of(L_ECOUTER))))), false, List.of(), 0));

        AdaptiveViews.PathProgress expert = adaptive.progress().pathProgress(ANDREU, PathId.of("expert"), ANDREU.id());

        assertThat(expert.percent()).isEqualTo(100);
        assertThat(expert.status()).isEqualTo(CourseStatus.COMPLETED);
    }

    @Test
    void only_the_learner_or_the_platform_records_attempts_and_inputs_are_checked() {
        assertThatThrownBy(() -> adaptive.attempts().recordAttempt(ANDREU, SAM.id(), QUIZ, new AttemptReport(LessonStatus.PASSED,
                Optional.empty(), Duration.ZERO))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new AttemptReport(LessonStatus.PASSED, Optional.of(new BigDecimal("100.5")),
                Duration.ZERO)).isInstanceOf(InvalidInputException.class).hasMessageContaining("score");
        assertThatThrownBy(() -> new AttemptReport(LessonStatus.NOT_STARTED, Optional.empty(), Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> new AttemptReport(LessonStatus.PASSED, Optional.empty(), Duration.ofHours(25)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("timeSpent");
        assertThatThrownBy(() -> world.attempt(SAM, LessonId.of("ghost"), LessonStatus.PASSED, null, Duration.ZERO))
                .isInstanceOf(NotFoundException.class);
        assertThat(adaptive.attempts().recordAttempt(ADMIN, SAM.id(), QUIZ, new AttemptReport(LessonStatus.PASSED,
                Optional.empty(), Duration.ZERO)).status()).isEqualTo(LessonStatus.PASSED);
    }

    @Test
    void progress_is_read_by_the_learner_managers_tutors_and_administrators_only() {
        adaptive.enrolments().enrol(ADMIN, AVANT_VENTE, SAM.id(), EnrolmentType.MANDATORY, Optional.empty());

        assertThatThrownBy(() -> adaptive.progress().courseProgress(ANDREU, AVANT_VENTE, SAM.id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(adaptive.progress().courseProgress(AdaptiveWorld.MANAGER, AVANT_VENTE, SAM.id()).percent()).isZero();
        assertThat(adaptive.progress().courseProgress(AdaptiveWorld.TUTOR, AVANT_VENTE, SAM.id()).percent()).isZero();
        assertThatThrownBy(() -> adaptive.progress().courseProgress(ADMIN, ADAPTIVE, SAM.id()))
                .isInstanceOf(RuleRefusedException.class).hasMessageContaining("not enrolled");
    }

    @Test
    void catalogue_definitions_are_checked_and_for_administrators() {
        assertThatThrownBy(() -> adaptive.catalogue().defineCourse(ADMIN, new Course(CourseId.of("x"), "X", List.of(
                new Course.Section("S", List.of(LessonId.of("nowhere")))), Set.of(), 0)))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(AdaptiveRefusals.UNKNOWN_LESSON));
        assertThatThrownBy(() -> new Course(CourseId.of("x"), "X", List.of(new Course.Section("S",
                List.of(QUIZ, QUIZ))), Set.of(), 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new LearningPath(PATH, "P", List.of(new LearningPath.Theme(QUIZ_THEME, "T", false,
                List.of())), true, List.of(new LearningPath.Workshop(WorkshopId.of("w"), "W",
                Set.of(ModuleId.of("ghost")))), 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ghost");
        assertThatThrownBy(() -> adaptive.catalogue().defineLesson(Actor.of("t", Role.TUTOR), adaptive.catalogue().lesson(QUIZ)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> adaptive.catalogue().defineLesson(ADMIN, new Lesson(LessonId.of("bad"), "B", LessonKind.VIDEO,
                Duration.ofMinutes(1), false, List.of(Lesson.Target.atJobLevel(
                org.lmskit.core.id.CompetencyCode.of("UNKNOWN"))), 0))).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(AdaptiveRefusals.UNKNOWN_COMPETENCY));
        assertThatThrownBy(() -> new Lesson(LessonId.of("bad"), " ", LessonKind.VIDEO, Duration.ofMinutes(-1), false,
                List.of(), 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("title");
    }
}
