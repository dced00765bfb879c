package org.lmskit.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.adaptive.AdaptiveWorld.ADAPTIVE;
import static org.lmskit.core.adaptive.AdaptiveWorld.ADMIN;
import static org.lmskit.core.adaptive.AdaptiveWorld.ANDREU;
import static org.lmskit.core.adaptive.AdaptiveWorld.AVANT_VENTE;
import static org.lmskit.core.adaptive.AdaptiveWorld.E_LEARNING;
import static org.lmskit.core.adaptive.AdaptiveWorld.FICHE;
import static org.lmskit.core.adaptive.AdaptiveWorld.JEROME;
import static org.lmskit.core.adaptive.AdaptiveWorld.L_ENVOYER;
import static org.lmskit.core.adaptive.AdaptiveWorld.MISSION;
import static org.lmskit.core.adaptive.AdaptiveWorld.OBSERVATION;
import static org.lmskit.core.adaptive.AdaptiveWorld.OTHER_TUTOR;
import static org.lmskit.core.adaptive.AdaptiveWorld.QUIZ;
import static org.lmskit.core.adaptive.AdaptiveWorld.SAM;
import static org.lmskit.core.adaptive.AdaptiveWorld.TUTOR;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;

/** Seed 001: the tutoring centre of "Cours 1 : L'avant-vente", the learner report, "Modifier les statistiques". */
class TutoringTest {
    private final AdaptiveWorld world = new AdaptiveWorld();
    private final AdaptiveCapability adaptive = world.adaptive;

    private void enrol(org.lmskit.core.security.Actor learner, EnrolmentType type) {
        adaptive.enrolments().enrol(ADMIN, AVANT_VENTE, learner.id(), type, Optional.empty());
    }

    private static TutorCorrection status(LessonStatus status) {
        return new TutorCorrection(Optional.of(status), false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void the_tutoring_centre_counts_learners_by_status_missions_to_correct_and_observations_to_do() {
        enrol(SAM, EnrolmentType.MANDATORY);
        enrol(JEROME, EnrolmentType.MANDATORY);
        enrol(ANDREU, EnrolmentType.FREE);
        world.attempt(SAM, OBSERVATION, LessonStatus.FAILED, "50", Duration.ofMinutes(9));
        world.attempt(JEROME, E_LEARNING, LessonStatus.COMPLETED, null, Duration.ofMinutes(10));
        world.attempt(JEROME, MISSION, LessonStatus.COMPLETED, null, Duration.ofMinutes(3));

        AdaptiveViews.TutoringCentre all = adaptive.tutoring().tutoringCentre(TUTOR, AVANT_VENTE, Optional.empty());
        AdaptiveViews.TutoringCentre free = adaptive.tutoring().tutoringCentre(TUTOR, AVANT_VENTE, Optional.of(EnrolmentType.FREE));

        assertThat(all.learners()).isEqualTo(3);
        assertThat(all.inProgress()).isEqualTo(2);
        assertThat(all.notStarted()).isEqualTo(1);
        assertThat(all.completed()).isZero();
        assertThat(all.missionsToCorrect()).isEqualTo(1);
        assertThat(all.observationsToDo()).isEqualTo(3);
        assertThat(free.learners()).isEqualTo(1);
        assertThat(free.observationsToDo()).isEqualTo(1);
    }

    /** Past one page of enrolments (1,000) and across its boundary, each learner is counted once. */
    @Test
    void the_tutoring_centre_counts_every_learner_of_a_course_larger_than_one_page() {
        java.util.List<org.lmskit.core.id.UserId> learners = new java.util.ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            learners.add(org.lmskit.core.id.UserId.of("learner-" + i));
        }
        adaptive.enrolments().enrolAll(ADMIN, AVANT_VENTE, learners, EnrolmentType.MANDATORY, Optional.empty());
        enrol(SAM, EnrolmentType.FREE);

        AdaptiveViews.TutoringCentre all = adaptive.tutoring().tutoringCentre(TUTOR, AVANT_VENTE, Optional.empty());
        AdaptiveViews.TutoringCentre mandatory = adaptive.tutoring().tutoringCentre(TUTOR, AVANT_VENTE,
                Optional.of(EnrolmentType.MANDATORY));

        assertThat(all.learners()).isEqualTo(2_346);
        assertThat(all.notStarted()).isEqualTo(2_346);
        assertThat(mandatory.learners()).isEqualTo(2_345);
    }

    @Test
    void the_tutored_learners_table_is_filtered_by_enrolment_and_paged() {
        enrol(SAM, EnrolmentType.MANDATORY);
        enrol(JEROME, EnrolmentType.RECOMMENDED);
        enrol(ANDREU, EnrolmentType.MANDATORY);
        world.attempt(JEROME, E_LEARNING, LessonStatus.COMPLETED, null, Duration.ofSeconds(700));
        world.attempt(JEROME, FICHE, LessonStatus.COMPLETED, null, Duration.ofSeconds(115));

        var page = adaptive.tutoring().tutoredLearners(TUTOR, AVANT_VENTE, Optional.empty(), PageRequest.first(2));
        var recommended = adaptive.tutoring().tutoredLearners(TUTOR, AVANT_VENTE, Optional.of(EnrolmentType.RECOMMENDED),
                PageRequest.first(10));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(AdaptiveViews.TutoredLearner::learner)
                .containsExactly(SAM.id(), ANDREU.id());
        assertThat(recommended.items()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Demory Jerome");
            assertThat(row.percent()).isEqualTo(33);
            assertThat(row.timeSpent()).isEqualTo(Duration.parse("PT13M35S"));
            assertThat(row.status()).isEqualTo(CourseStatus.IN_PROGRESS);
        });
    }

    @Test
    void the_learner_report_lists_the_composition_the_attempts_and_the_connections_in_order() {
        enrol(SAM, EnrolmentType.MANDATORY);
        world.attempt(SAM, E_LEARNING, LessonStatus.IN_PROGRESS, null, Duration.ofSeconds(132));
        world.clock.advance(Duration.ofMinutes(3));
        world.attempt(SAM, E_LEARNING, LessonStatus.COMPLETED, null, Duration.ofSeconds(122));
        world.clock.advance(Duration.ofMinutes(4));
        world.attempt(SAM, FICHE, LessonStatus.COMPLETED, "75", Duration.ofSeconds(80));

        AdaptiveViews.LearnerReport report = adaptive.tutoring().learnerReport(TUTOR, AVANT_VENTE, SAM.id());

        assertThat(report.name()).isEqualTo("AGASSE Sam");
        assertThat(report.composition()).hasSize(6);
        assertThat(report.composition().get(0).attempts()).extracting(LessonProgress.Attempt::status)
                .containsExactly(LessonStatus.IN_PROGRESS, LessonStatus.COMPLETED);
        assertThat(report.composition().get(1).state().score()).contains(new BigDecimal("75"));
        assertThat(report.connections()).extracting(AdaptiveViews.Connection::lesson)
                .containsExactly(E_LEARNING, E_LEARNING, FICHE);
        assertThat(report.firstConnection()).contains(AdaptiveWorld.START);
        assertThat(report.lastConnection()).contains(AdaptiveWorld.START.plus(Duration.ofMinutes(7)));
        assertThat(report.totalTime()).isEqualTo(Duration.ofSeconds(334));
    }

    @Test
    void a_tutor_of_the_course_corrects_statistics_and_every_change_is_audited() {
        enrol(SAM, EnrolmentType.MANDATORY);
        world.attempt(SAM, QUIZ, LessonStatus.FAILED, "40", Duration.ofSeconds(74));
        world.attempt(SAM, QUIZ, LessonStatus.FAILED, "45", Duration.ofSeconds(60));

        LessonProgress corrected = adaptive.tutoring().correct(TUTOR, AVANT_VENTE, SAM.id(), QUIZ, new TutorCorrection(
                Optional.of(LessonStatus.PASSED), true, Optional.of(Instant.parse("2024-01-07T19:18:00Z")),
                Optional.of(new BigDecimal("94")), Optional.of(Duration.ofSeconds(74))), 2);

        assertThat(corrected.status()).isEqualTo(LessonStatus.PASSED);
        assertThat(corrected.completedBy()).contains(CompletedBy.TUTOR);
        assertThat(corrected.attempts()).isEmpty();
        assertThat(corrected.statusAt()).contains(Instant.parse("2024-01-07T19:18:00Z"));
        List<AuditEntry> audit = world.lms.audit().find(ADMIN, AuditQuery.byRecord(AdaptiveContext.PROGRESS_TYPE,
                "agasse-sam/c01-quiz")).items();
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo("tutor");
            assertThat(entry.changes()).extracting(c -> c.field() + ":" + c.before() + "->" + c.after())
                    .contains("status:FAILED->PASSED", "attempts:2->0", "score:45->94", "timeSpent:PT2M14S->PT1M14S");
        });
    }

    /**
     * When the correction gives a status without its instant, the status dates from the correction; a correction of
     * the score alone keeps the status and its instant. Each correction is published.
     */
    @Test
    void a_corrected_status_dates_from_the_correction_unless_given_and_each_correction_is_published() {
        enrol(SAM, EnrolmentType.MANDATORY);
        world.attempt(SAM, QUIZ, LessonStatus.FAILED, "40", Duration.ofSeconds(74));
        Instant attemptedAt = world.clock.instant();
        world.clock.advance(Duration.ofHours(2));

        LessonProgress scored = adaptive.tutoring().correct(TUTOR, AVANT_VENTE, SAM.id(), QUIZ, new TutorCorrection(
                Optional.empty(), false, Optional.empty(), Optional.of(new BigDecimal("45")), Optional.empty()), 1);
        LessonProgress passed = adaptive.tutoring().correct(TUTOR, AVANT_VENTE, SAM.id(), QUIZ,
                status(LessonStatus.PASSED), scored.version());

        assertThat(scored.status()).isEqualTo(LessonStatus.FAILED);
        assertThat(scored.statusAt()).contains(attemptedAt);
        assertThat(passed.statusAt()).contains(world.clock.instant());
        assertThat(world.events).filteredOn(AdaptiveEvent.ProgressCorrected.class::isInstance)
                .extracting(e -> ((AdaptiveEvent.ProgressCorrected) e).status())
                .containsExactly(LessonStatus.FAILED, LessonStatus.PASSED);
    }

    /** The report's connections are in time order across lessons, whatever the order of the course. */
    @Test
    void the_report_s_connections_are_in_time_order_across_lessons() {
        enrol(SAM, EnrolmentType.MANDATORY);
        world.attempt(SAM, FICHE, LessonStatus.COMPLETED, "75", Duration.ofSeconds(80));
        world.clock.advance(Duration.ofMinutes(5));
        world.attempt(SAM, E_LEARNING, LessonStatus.COMPLETED, null, Duration.ofSeconds(122));

        AdaptiveViews.LearnerReport report = adaptive.tutoring().learnerReport(TUTOR, AVANT_VENTE, SAM.id());

        assertThat(report.connections()).extracting(AdaptiveViews.Connection::lesson).containsExactly(FICHE, E_LEARNING);
        assertThat(report.firstConnection()).contains(AdaptiveWorld.START);
        assertThat(adaptive.tutoring().tutoredLearners(TUTOR, AVANT_VENTE, Optional.empty(),
                org.lmskit.spi.PageRequest.first(10)).items()).extracting(AdaptiveViews.TutoredLearner::learner)
                .contains(SAM.id());
        assertThatThrownBy(() -> adaptive.tutoring().tutoredLearners(OTHER_TUTOR, AVANT_VENTE, Optional.empty(),
                org.lmskit.spi.PageRequest.first(10))).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_tutor_may_undo_a_waiver() {
        world.andreuAsInTheSeed();
        adaptive.enrolments().enrol(ADMIN, ADAPTIVE, ANDREU.id(), EnrolmentType.MANDATORY, Optional.empty());

        adaptive.tutoring().correct(TUTOR, ADAPTIVE, ANDREU.id(), L_ENVOYER, status(LessonStatus.NOT_STARTED), 0);

        AdaptiveViews.LessonState envoyer = adaptive.progress().courseProgress(TUTOR, ADAPTIVE, ANDREU.id()).sections().get(0)
                .lessons().get(0);
        assertThat(envoyer.status()).isEqualTo(LessonStatus.NOT_STARTED);
        assertThat(envoyer.completedBy()).contains(CompletedBy.TUTOR);
    }

    @Test
    void correcting_a_mission_ends_its_wait() {
        enrol(JEROME, EnrolmentType.MANDATORY);
        world.attempt(JEROME, MISSION, LessonStatus.COMPLETED, null, Duration.ofMinutes(3));

        LessonProgress passed = adaptive.tutoring().correct(TUTOR, AVANT_VENTE, JEROME.id(), MISSION, status(LessonStatus.PASSED), 1);

        assertThat(passed.awaitingCorrection()).isFalse();
        assertThat(adaptive.tutoring().tutoringCentre(TUTOR, AVANT_VENTE, Optional.empty()).missionsToCorrect()).isZero();
    }

    @Test
    void only_the_course_tutors_correct_and_only_enrolled_learners_on_the_course_lessons() {
        enrol(SAM, EnrolmentType.MANDATORY);

        assertThatThrownBy(() -> adaptive.tutoring().correct(OTHER_TUTOR, AVANT_VENTE, SAM.id(), QUIZ, status(LessonStatus.PASSED), 0))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> adaptive.tutoring().correct(ADMIN, AVANT_VENTE, SAM.id(), QUIZ, status(LessonStatus.PASSED), 0))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> adaptive.tutoring().correct(SAM, AVANT_VENTE, SAM.id(), QUIZ, status(LessonStatus.PASSED), 0))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> adaptive.tutoring().correct(TUTOR, AVANT_VENTE, SAM.id(), L_ENVOYER, status(LessonStatus.PASSED), 0))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(AdaptiveRefusals.LESSON_NOT_IN_COURSE));
        assertThatThrownBy(() -> adaptive.tutoring().correct(TUTOR, AVANT_VENTE, UserId.of("nobody"), QUIZ,
                status(LessonStatus.PASSED), 0)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(AdaptiveRefusals.NOT_ENROLLED));
        assertThatThrownBy(() -> adaptive.tutoring().tutoringCentre(OTHER_TUTOR, AVANT_VENTE, Optional.empty()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> adaptive.tutoring().learnerReport(SAM, AVANT_VENTE, SAM.id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(adaptive.tutoring().tutoringCentre(ADMIN, AVANT_VENTE, Optional.empty()).learners()).isEqualTo(1);
    }

    @Test
    void a_correction_from_a_stale_read_is_refused_and_changes_nothing() {
        enrol(SAM, EnrolmentType.MANDATORY);
        world.attempt(SAM, QUIZ, LessonStatus.FAILED, "40", Duration.ofSeconds(74));

        assertThatThrownBy(() -> adaptive.tutoring().correct(TUTOR, AVANT_VENTE, SAM.id(), QUIZ, status(LessonStatus.PASSED), 0))
                .isInstanceOf(ConflictException.class);
        assertThat(adaptive.progress().progress(TUTOR, SAM.id(), QUIZ).status()).isEqualTo(LessonStatus.FAILED);
    }

    @Test
    void an_empty_or_out_of_range_correction_is_invalid() {
        assertThatThrownBy(() -> new TutorCorrection(Optional.empty(), false, Optional.empty(), Optional.empty(),
                Optional.empty())).isInstanceOf(InvalidInputException.class).hasMessageContaining("changes nothing");
        assertThatThrownBy(() -> new TutorCorrection(Optional.empty(), false, Optional.empty(),
                Optional.of(new BigDecimal("-1")), Optional.empty())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TutorCorrection(Optional.empty(), false, Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofSeconds(-1)))).isInstanceOf(InvalidInputException.class);
    }
}
