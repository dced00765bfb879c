package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.certification.CertificationWorld.ALICE;
import static org.lmskit.core.certification.CertificationWorld.BOB;
import static org.lmskit.core.certification.CertificationWorld.CORRECTOR;
import static org.lmskit.core.certification.CertificationWorld.MANAGER;
import static org.lmskit.core.certification.CertificationWorld.TUTOR;
import static org.lmskit.core.certification.CertificationWorld.answers;
import static org.lmskit.core.certification.CertificationWorld.pointsFor;
import static org.lmskit.core.certification.RecrutementEtSourcing.PATH;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.notification.Notification;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;

class CaseStudyServiceTest {
    private final CertificationWorld world = new CertificationWorld().withSeedPath();
    private final CaseStudyService caseStudies = world.lms.certification().caseStudies();

    @Test
    void a_learner_missing_badges_and_workshops_cannot_start_and_is_told_what_is_missing() {
        world.lms.certification().achievements().awardBadge(TUTOR, ALICE.id(), PATH, RecrutementEtSourcing.SOURCING);
        world.lms.certification().achievements().recordWorkshop(TUTOR, ALICE.id(), PATH, WorkshopId.of("atelier-1"));

        assertThatThrownBy(() -> caseStudies.saveAnswers(ALICE, PATH, answers(1)))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CertificationRefusals.NOT_ELIGIBLE);
                    assertThat(e.getMessage()).contains("culture-generale-du-recrutement", "2 more workshop(s)")
                            .doesNotContain("imprenable-sur-le-sourcing");
                });
        assertThatThrownBy(() -> caseStudies.caseStudy(ALICE, ALICE.id(), PATH)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void answers_are_saved_resumed_and_submitted_once() {
        world.eligible(ALICE);

        caseStudies.saveAnswers(ALICE, PATH, Map.of(QuestionId.of("cs-q1"), "Première idée"));
        CaseStudyAttempt resumed = caseStudies.saveAnswers(ALICE, PATH, answers(10));
        assertThat(resumed.status()).isEqualTo(CaseStudyStatus.IN_PROGRESS);
        assertThat(resumed.answers()).hasSize(10).containsEntry(QuestionId.of("cs-q1"), "Ma réponse 1");

        CaseStudyAttempt submitted = caseStudies.submit(ALICE, PATH);
        assertThat(submitted.status()).isEqualTo(CaseStudyStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).contains(CertificationWorld.NOW);

        assertThatThrownBy(() -> caseStudies.submit(ALICE, PATH)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(CertificationRefusals.WRONG_STATUS));
        assertThatThrownBy(() -> caseStudies.saveAnswers(ALICE, PATH, answers(1)))
                .isInstanceOf(RuleRefusedException.class);
    }

    @Test
    void a_blank_answer_clears_it_and_submitting_with_unanswered_questions_is_refused() {
        world.eligible(ALICE);
        caseStudies.saveAnswers(ALICE, PATH, answers(10));
        caseStudies.saveAnswers(ALICE, PATH, Map.of(QuestionId.of("cs-q4"), " "));

        assertThatThrownBy(() -> caseStudies.submit(ALICE, PATH)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(CertificationRefusals.UNANSWERED);
                    assertThat(e.getMessage()).contains("cs-q4");
                });
    }

    @Test
    void answers_to_unknown_questions_are_invalid_and_nothing_is_stored() {
        world.eligible(ALICE);

        assertThatThrownBy(() -> caseStudies.saveAnswers(ALICE, PATH, Map.of(QuestionId.of("nope"), "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("answers.nope");
        assertThatThrownBy(() -> caseStudies.caseStudy(ALICE, ALICE.id(), PATH)).isInstanceOf(NotFoundException.class);
    }

    /** Each answer is checked as a paragraph before anything is read: a NUL is refused, naming the question. */
    @Test
    void an_answer_with_a_control_character_is_refused_before_anything_is_stored() {
        world.eligible(ALICE);
        QuestionId first = caseStudies.questions(ALICE, ALICE.id(), PATH).questions().get(0).id();

        assertThatThrownBy(() -> caseStudies.saveAnswers(ALICE, PATH, Map.of(first, "réponse\u0000")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(org.lmskit.core.error.Violation::field).containsExactly("answers." + first));
        assertThatThrownBy(() -> caseStudies.caseStudy(ALICE, ALICE.id(), PATH)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_blank_corrector_comment_is_no_comment() {
        world.submitted(ALICE);

        CaseStudyAttempt corrected = caseStudies.correct(CORRECTOR, ALICE.id(), PATH, pointsFor("15.5"), "   ");

        assertThat(corrected.comment()).isEmpty();
    }

    @Test
    void a_path_that_does_not_certify_has_no_case_study() {
        assertThatThrownBy(() -> caseStudies.saveAnswers(ALICE, PathId.of("free-path"), answers(1)))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CertificationRefusals.NOT_CERTIFYING));
    }

    @Test
    void a_correction_sets_grade_level_and_certificate_and_notifies_learner_and_managers() {
        world.submitted(ALICE);

        CaseStudyAttempt corrected = caseStudies.correct(CORRECTOR, ALICE.id(), PATH, pointsFor("15.5"), "Bon travail");

        assertThat(corrected.status()).isEqualTo(CaseStudyStatus.CORRECTED);
        assertThat(corrected.grade().orElseThrow().value()).isEqualTo(new BigDecimal("15.50"));
        assertThat(corrected.level()).contains(CertificationLevel.SILVER);
        assertThat(corrected.corrector()).contains(CORRECTOR.id());
        Certificate certificate = world.lms.certification().certificates().certificateOf(ALICE, ALICE.id(), PATH).orElseThrow();
        assertThat(certificate.level()).isEqualTo(CertificationLevel.SILVER);
        assertThat(world.notifications).singleElement().satisfies(n -> {
            assertThat(n.recipients()).containsExactlyInAnyOrder(ALICE.id(), MANAGER.id());
            assertThat(n.template()).isEqualTo(CaseStudyService.CORRECTED_TEMPLATE);
            assertThat(n.parameters()).containsEntry("level", "SILVER").containsEntry("grade", "15.50")
                    .containsEntry("certificate", "certificate:" + certificate.id())
                    .containsKeys("correction", "attestation");
        });
    }

    @Test
    void a_grade_below_12_earns_no_certificate_but_is_still_sent() {
        world.submitted(ALICE);

        caseStudies.correct(CORRECTOR, ALICE.id(), PATH, pointsFor("11"), null);

        assertThat(world.lms.certification().certificates().certificateOf(ALICE, ALICE.id(), PATH)).isEmpty();
        assertThat(world.notifications).singleElement()
                .satisfies(n -> assertThat(n.parameters()).containsEntry("level", "NONE").doesNotContainKey("certificate"));
    }

    @Test
    void only_a_corrector_corrects_and_only_a_submitted_copy() {
        world.eligible(ALICE);
        caseStudies.saveAnswers(ALICE, PATH, answers(10));

        assertThatThrownBy(() -> caseStudies.correct(TUTOR, ALICE.id(), PATH, pointsFor("15"), null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> caseStudies.correct(CORRECTOR, ALICE.id(), PATH, pointsFor("15"), null))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CertificationRefusals.WRONG_STATUS));
        assertThat(caseStudies.caseStudy(ALICE, ALICE.id(), PATH).grade()).isEmpty();
    }

    @Test
    void at_11_out_of_20_a_review_is_requested_once_and_its_grade_replaces_the_first_under_audit() {
        world.submitted(ALICE);
        caseStudies.correct(CORRECTOR, ALICE.id(), PATH, pointsFor("11"), "Presque");

        CaseStudyAttempt requested = caseStudies.requestReview(ALICE, PATH);
        assertThat(requested.status()).isEqualTo(CaseStudyStatus.REVIEW_REQUESTED);

        CaseStudyAttempt reviewed = caseStudies.review(CORRECTOR, ALICE.id(), PATH, pointsFor("12.5"), "Revu");
        assertThat(reviewed.status()).isEqualTo(CaseStudyStatus.REVIEWED);
        assertThat(reviewed.grade().orElseThrow().value()).isEqualTo(new BigDecimal("12.50"));
        assertThat(reviewed.level()).contains(CertificationLevel.BRONZE);
        assertThat(world.lms.certification().certificates().certificateOf(ALICE, ALICE.id(), PATH).orElseThrow().level())
                .isEqualTo(CertificationLevel.BRONZE);

        AuditEntry review = world.storage.auditTrail().find(AuditQuery.byRecord("case-study", "alice/" + PATH)
                .newestFirst()).items().get(0);
        assertThat(review.action()).isEqualTo("reviewed");
        assertThat(review.changes()).extracting(c -> c.field() + ":" + c.before() + "->" + c.after())
                .containsExactly("grade:11.00->12.50", "level:NONE->BRONZE");

        assertThatThrownBy(() -> caseStudies.requestReview(ALICE, PATH)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(CertificationRefusals.REVIEW_ONCE));
    }

    @Test
    void a_review_is_refused_for_a_grade_other_than_11() {
        world.submitted(ALICE);
        caseStudies.correct(CORRECTOR, ALICE.id(), PATH, pointsFor("12"), null);

        assertThatThrownBy(() -> caseStudies.requestReview(ALICE, PATH)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(CertificationRefusals.REVIEW_GRADE));
        assertThatThrownBy(() -> caseStudies.review(CORRECTOR, ALICE.id(), PATH, pointsFor("14"), null))
                .isInstanceOf(RuleRefusedException.class);
    }

    @Test
    void only_the_learner_their_managers_correctors_and_administrators_read_a_case_study() {
        world.submitted(ALICE);

        assertThat(caseStudies.caseStudy(MANAGER, ALICE.id(), PATH).status()).isEqualTo(CaseStudyStatus.SUBMITTED);
        assertThat(caseStudies.caseStudy(CORRECTOR, ALICE.id(), PATH)).isNotNull();
        assertThatThrownBy(() -> caseStudies.caseStudy(BOB, ALICE.id(), PATH)).isInstanceOf(PermissionDeniedException.class);
        assertThat(world.events(CertificationEvent.Refused.class)).singleElement()
                .satisfies(r -> assertThat(r.actor()).isEqualTo(BOB.id()));
    }

    @Test
    void the_correctors_pile_lists_submitted_copies_oldest_first() {
        world.submitted(ALICE);
        world.submitted(BOB);

        assertThat(caseStudies.pile(CORRECTOR, PATH, CaseStudyStatus.SUBMITTED, PageRequest.first(10)).items())
                .extracting(a -> a.learner().value()).containsExactly("alice", "bob");
        assertThatThrownBy(() -> caseStudies.pile(ALICE, PATH, CaseStudyStatus.SUBMITTED, PageRequest.first(10)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void notifications_go_out_only_after_the_correction_is_stored() {
        world.submitted(ALICE);
        assertThatThrownBy(() -> caseStudies.correct(CORRECTOR, ALICE.id(), PATH, Map.of(), null))
                .isInstanceOf(InvalidInputException.class);

        assertThat(world.notifications).isEmpty();
        assertThat(caseStudies.caseStudy(ALICE, ALICE.id(), PATH).status()).isEqualTo(CaseStudyStatus.SUBMITTED);
        assertThat(world.notifications).extracting(Notification::template).isEmpty();
    }

    @Test
    void submission_review_request_and_each_grading_are_published_with_what_they_decided() {
        CertificationWorld w = new CertificationWorld().withSeedPath().submitted(CertificationWorld.ALICE);
        CaseStudyService service = w.lms.certification().caseStudies();
        service.correct(CertificationWorld.CORRECTOR, CertificationWorld.ALICE.id(), RecrutementEtSourcing.PATH,
                CertificationWorld.pointsFor("11"), null);
        service.requestReview(CertificationWorld.ALICE, RecrutementEtSourcing.PATH);
        service.review(CertificationWorld.CORRECTOR, CertificationWorld.ALICE.id(), RecrutementEtSourcing.PATH,
                CertificationWorld.pointsFor("15.5"), null);

        assertThat(w.events(CertificationEvent.CaseStudySubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.learner()).isEqualTo(CertificationWorld.ALICE.id()));
        assertThat(w.events(CertificationEvent.ReviewRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.grade().value()).isEqualByComparingTo("11"));
        assertThat(w.events(CertificationEvent.CaseStudyCorrected.class))
                .extracting(e -> e.grade().value().toPlainString() + " " + e.level() + " " + e.afterReview())
                .containsExactly("11.00 NONE false", "15.50 SILVER true");
    }

    @Test
    void a_first_correction_completes_the_path_so_a_natural_rotation_hands_the_slot_over_and_a_review_does_not_again() {
        CertificationWorld w = new CertificationWorld().withSeedPath().submitted(CertificationWorld.ALICE);
        org.lmskit.core.id.SessionId session = org.lmskit.core.id.SessionId.of("slots");
        var seats = w.lms.seats();
        seats.sessions().createSession(CertificationWorld.ADMIN, org.lmskit.core.seats.SeatSession.create(session, "Slots",
                org.lmskit.core.id.CompanyId.of("manpower"), RecrutementEtSourcing.PATH, org.lmskit.core.seats.SessionType.SLOTS,
                java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2027, 11, 1), 1,
                org.lmskit.core.seats.Rotation.natural()));
        for (org.lmskit.core.id.UserId member : java.util.List.of(CertificationWorld.ALICE.id(), CertificationWorld.BOB.id())) {
            seats.members().addMember(CertificationWorld.ADMIN, session, member, org.lmskit.core.seats.SessionRole.LEARNER);
        }
        seats.slots().assignSlot(CertificationWorld.ADMIN, session, CertificationWorld.ALICE.id());
        seats.slots().addWaiting(CertificationWorld.ADMIN, session, CertificationWorld.BOB.id());

        w.lms.certification().caseStudies().correct(CertificationWorld.CORRECTOR, CertificationWorld.ALICE.id(),
                RecrutementEtSourcing.PATH, CertificationWorld.pointsFor("11"), null);

        assertThat(seats.sessions().session(CertificationWorld.ADMIN, session).holders())
                .containsExactly(CertificationWorld.BOB.id());
        assertThat(seats.members().members(CertificationWorld.ADMIN, session)).filteredOn(m -> m.user()
                .equals(CertificationWorld.ALICE.id())).singleElement()
                .satisfies(m -> assertThat(m.pathCompletedOn()).contains(java.time.LocalDate.of(2026, 11, 27)));
    }
}
