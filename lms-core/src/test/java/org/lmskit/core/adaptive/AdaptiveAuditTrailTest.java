package org.lmskit.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lmskit.core.adaptive.AdaptiveWorld.ADAPTIVE;
import static org.lmskit.core.adaptive.AdaptiveWorld.ADMIN;
import static org.lmskit.core.adaptive.AdaptiveWorld.ANDREU;
import static org.lmskit.core.adaptive.AdaptiveWorld.AVANT_VENTE;
import static org.lmskit.core.adaptive.AdaptiveWorld.LEVEE;
import static org.lmskit.core.adaptive.AdaptiveWorld.PILOTAGE;
import static org.lmskit.core.adaptive.AdaptiveWorld.QUIZ;
import static org.lmskit.core.adaptive.AdaptiveWorld.SAM;
import static org.lmskit.core.adaptive.AdaptiveWorld.TUTOR;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.audit.AuditLines;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;

/**
 * Every audited write of the adaptive capability, with the exact field changes it records (issue 23): the
 * catalogue's definitions, a readaptation, a tutor's correction.
 */
class AdaptiveAuditTrailTest {
    private final AdaptiveWorld world = new AdaptiveWorld();
    private final AdaptiveCapability adaptive = world.adaptive;

    private List<String> since(long mark) {
        return AuditLines.since(world.storage, mark);
    }

    @Test
    void the_catalogue_records_what_each_definition_created_or_changed() {
        long mark = AuditLines.mark(world.storage);
        Lesson lesson = world.lesson(LessonId.of("nouvelle"), "Nouvelle leçon", LessonKind.E_LEARNING, false, LEVEE);
        adaptive.catalogue().defineLesson(ADMIN, new Lesson(lesson.id(), "Nouvelle leçon, revue", lesson.kind(),
                lesson.duration(), true, lesson.targets(), lesson.version()));
        Course course = adaptive.catalogue().defineCourse(ADMIN, new Course(CourseId.of("nouveau"), "Nouveau cours",
                List.of(new Course.Section("S1", List.of(lesson.id()))), Set.of(TUTOR.id()), 0));
        adaptive.catalogue().defineCourse(ADMIN, new Course(course.id(), course.title(), course.sections(),
                Set.of(TUTOR.id(), UserId.of("tina")), course.version()));
        assertThat(since(mark)).containsExactly(
                "admin lesson/nouvelle created {title: null -> Nouvelle leçon; kind: null -> E_LEARNING; duration: null -> PT1H; "
                        + "optional: null -> false; targets: null -> [TEST-ANE_002-CGCR-03]}",
                // an update lists only what changed, from what it was
                "admin lesson/nouvelle updated {title: Nouvelle leçon -> Nouvelle leçon, revue; optional: false -> true}",
                "admin course/nouveau created {title: null -> Nouveau cours; lessons: null -> [nouvelle]; tutors: null -> [tutor]}",
                "admin course/nouveau updated {tutors: [tutor] -> [tina, tutor]}");
    }

    @Test
    void a_readaptation_records_the_lessons_waived_before_and_after() {
        world.acquired(ANDREU, Map.of(LEVEE, "3"));
        adaptive.enrolments().enrol(ADMIN, ADAPTIVE, ANDREU.id(), EnrolmentType.MANDATORY, Optional.empty());
        world.acquired(ANDREU, Map.of(PILOTAGE, "4"));
        long mark = AuditLines.mark(world.storage);
        adaptive.enrolments().readapt(ADMIN, ADAPTIVE, ANDREU.id());
        // PILOTAGE at the job's level 4 completes the acquisition of "Traiter et analyser": that lesson is waived now
        assertThat(since(mark)).containsExactly(
                "admin enrolment/cours-adaptatif-ccr/andreu readapted {waived: null -> traiter-analyser}");
    }

    @Test
    void a_tutor_correction_records_each_statistic_it_changed() {
        adaptive.enrolments().enrol(ADMIN, AVANT_VENTE, SAM.id(), EnrolmentType.MANDATORY, Optional.empty());
        world.attempt(SAM, QUIZ, LessonStatus.FAILED, "40", Duration.ofSeconds(74));
        world.attempt(SAM, QUIZ, LessonStatus.FAILED, "45", Duration.ofSeconds(60));
        long mark = AuditLines.mark(world.storage);
        adaptive.tutoring().correct(TUTOR, AVANT_VENTE, SAM.id(), QUIZ, new TutorCorrection(
                Optional.of(LessonStatus.PASSED), true, Optional.of(Instant.parse("2024-01-07T19:18:00Z")),
                Optional.of(new BigDecimal("94")), Optional.of(Duration.ofSeconds(74))), 2);
        assertThat(since(mark)).containsExactly("tutor lesson-progress/agasse-sam/c01-quiz corrected {status: FAILED -> PASSED; "
                + "completedBy: null -> TUTOR; attempts: 2 -> 0; statusAt: 2024-01-07T18:36:00Z -> 2024-01-07T19:18:00Z; "
                + "score: 45 -> 94; timeSpent: PT2M14S -> PT1M14S}");
    }

    @Test
    void a_learning_path_records_its_themes_lessons_and_workshops() {
        LearningPath.Module module = new LearningPath.Module(org.lmskit.core.id.ModuleId.of("m1"), "Module 1",
                List.of(AdaptiveWorld.QUIZ));
        long mark = AuditLines.mark(world.storage);
        LearningPath path = adaptive.catalogue().definePath(ADMIN, new LearningPath(org.lmskit.core.id.PathId.of("parcours"),
                "Parcours", List.of(new LearningPath.Theme(org.lmskit.core.id.ThemeId.of("t1"), "Thème 1", false,
                        List.of(module))), false, List.of(), 0));
        adaptive.catalogue().definePath(ADMIN, new LearningPath(path.id(), "Parcours revu", path.themes(), true,
                List.of(), path.version()));
        assertThat(since(mark)).containsExactly(
                "admin learning-path/parcours created {title: null -> Parcours; themes: null -> 1; lessons: null -> [c01-quiz]; "
                        + "locksWorkshops: null -> false; workshops: null -> 0}",
                "admin learning-path/parcours updated {title: Parcours -> Parcours revu; locksWorkshops: false -> true}");
    }
}
