package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lmskit.core.certification.CertificationWorld.ADMIN;
import static org.lmskit.core.certification.CertificationWorld.ALICE;
import static org.lmskit.core.certification.CertificationWorld.CORRECTOR;
import static org.lmskit.core.certification.CertificationWorld.TUTOR;
import static org.lmskit.core.certification.CertificationWorld.pointsFor;
import static org.lmskit.core.certification.RecrutementEtSourcing.PATH;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.audit.AuditLines;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.WorkshopId;

/**
 * Every audited write of the certification capability, with the exact field changes it records: a change the
 * code stops recording, or records wrongly, fails here (issue 23).
 */
class CertificationAuditTrailTest {
    private final CertificationWorld world = new CertificationWorld();
    private final CertificationService grading = world.lms.certification().grading();

    private long mark() {
        return AuditLines.mark(world.storage);
    }

    private List<String> since(long mark) {
        return AuditLines.since(world.storage, mark);
    }

    @Test
    void a_grading_table_is_audited_threshold_by_threshold_when_created_changed_and_reset() {
        long mark = mark();
        grading.defineGradingTable(ADMIN, PATH, GradingTable.of(new BigDecimal("19"), new BigDecimal("16"),
                new BigDecimal("13")), 0);
        grading.defineGradingTable(ADMIN, PATH, GradingTable.of(new BigDecimal("19"), new BigDecimal("16"),
                new BigDecimal("12.5")), 1);
        grading.resetGradingTable(ADMIN, PATH, 2);
        assertThat(since(mark)).containsExactly(
                "admin grading-table/recrutement-et-sourcing created {gold: null -> 19.00; silver: null -> 16.00; bronze: null -> 13.00}",
                "admin grading-table/recrutement-et-sourcing updated {bronze: 13.00 -> 12.50}",
                "admin grading-table/recrutement-et-sourcing reset {gold: 19.00 -> null; silver: 16.00 -> null; bronze: 12.50 -> null}");
    }

    @Test
    void a_path_set_up_and_a_case_study_published_are_audited_with_what_they_set() {
        long mark = mark();
        CertificationPathSetup setup = grading.definePathSetup(ADMIN, RecrutementEtSourcing.setup());
        grading.definePathSetup(ADMIN, new CertificationPathSetup(PATH, true, Set.of(RecrutementEtSourcing.SOURCING), 2,
                RecrutementEtSourcing.questions(10), setup.version()));
        grading.publishCaseStudy(ADMIN, PATH, RecrutementEtSourcing.questions(12), setup.version() + 1);
        assertThat(since(mark)).containsExactly(
                "admin certification-path/recrutement-et-sourcing created {certifying: null -> true; mandatoryThemes: null -> "
                        + "[avoir-le-bon-etat-d-esprit, culture-generale-du-recrutement, imprenable-sur-le-sourcing, "
                        + "l-art-de-l-ecriture, les-bonnes-pratiques-de-l-entretien, piloter-un-recrutement-seul-ou-en-equipe, "
                        + "sciences-humaines-marketing-et-vente]; requiredWorkshops: null -> 3; caseStudyQuestions: null -> 10; "
                        + "caseStudyVersion: null -> 1}",
                // what changed, from what it was: the same case study keeps its version and is not listed
                "admin certification-path/recrutement-et-sourcing updated {mandatoryThemes: [avoir-le-bon-etat-d-esprit, "
                        + "culture-generale-du-recrutement, imprenable-sur-le-sourcing, l-art-de-l-ecriture, "
                        + "les-bonnes-pratiques-de-l-entretien, piloter-un-recrutement-seul-ou-en-equipe, "
                        + "sciences-humaines-marketing-et-vente] -> [imprenable-sur-le-sourcing]; requiredWorkshops: 3 -> 2}",
                "admin certification-path/recrutement-et-sourcing case-study-published {caseStudyVersion: 1 -> 2; "
                        + "caseStudyQuestions: null -> 12}");
    }

    @Test
    void badges_and_workshop_steps_are_audited_one_change_each_with_the_percentage() {
        grading.definePathSetup(ADMIN, RecrutementEtSourcing.setup());
        long mark = mark();
        world.lms.certification().achievements().awardBadge(TUTOR, ALICE.id(), PATH, RecrutementEtSourcing.SOURCING);
        world.lms.certification().achievements().awardBadge(TUTOR, ALICE.id(), PATH, RecrutementEtSourcing.SOURCING);
        Achievements once = world.lms.certification().achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH,
                WorkshopId.of("atelier-1"), WorkshopStep.INTRODUCTION_VIDEO_WATCHED);
        // the same step again changes nothing, is not audited, and answers the achievements as they are
        assertThat(world.lms.certification().achievements().recordWorkshopStep(ALICE, ALICE.id(), PATH,
                WorkshopId.of("atelier-1"), WorkshopStep.INTRODUCTION_VIDEO_WATCHED)).isEqualTo(once);
        world.lms.certification().achievements().recordWorkshop(TUTOR, ALICE.id(), PATH, WorkshopId.of("atelier-1"));
        assertThat(since(mark)).containsExactly(
                // the second award of the same badge changes nothing and is not audited
                "tutor achievement/alice/recrutement-et-sourcing badge-awarded {badges: null -> imprenable-sur-le-sourcing}",
                "alice achievement/alice/recrutement-et-sourcing workshop-progressed {"
                        + "workshops.atelier-1.steps: null -> INTRODUCTION_VIDEO_WATCHED; workshops.atelier-1.percent: 0 -> 10}",
                "tutor achievement/alice/recrutement-et-sourcing workshop-progressed {"
                        + "workshops.atelier-1.steps: null -> INTRODUCTION_QUESTION_ANSWERED; "
                        + "workshops.atelier-1.steps: null -> MAIN_VIDEO_WATCHED; "
                        + "workshops.atelier-1.steps: null -> MAIN_QUESTIONS_ANSWERED; "
                        + "workshops.atelier-1.steps: null -> CORRECTIONS_DONE; "
                        + "workshops.atelier-1.steps: null -> CONCLUSION_VIDEO_WATCHED; workshops.atelier-1.percent: 10 -> 100}");
    }

    @Test
    void a_case_study_is_audited_at_submission_correction_review_request_and_review() {
        world.withSeedPath().submitted(ALICE);
        long beforeSubmit = mark() - 1;
        assertThat(since(beforeSubmit)).containsExactly("alice case-study/alice/recrutement-et-sourcing submitted {}");
        long mark = mark();
        CaseStudyService caseStudies = world.lms.certification().caseStudies();
        caseStudies.correct(CORRECTOR, ALICE.id(), PATH, pointsFor("11"), "Trop court");
        caseStudies.requestReview(ALICE, PATH);
        caseStudies.review(CORRECTOR, ALICE.id(), PATH, pointsFor("12"), null);
        assertThat(since(mark)).containsExactly(
                "care-team case-study/alice/recrutement-et-sourcing corrected {grade: null -> 11.00; level: null -> NONE}",
                "alice case-study/alice/recrutement-et-sourcing review-requested {}",
                // seed 003: 12/20 is bronze
                "care-team case-study/alice/recrutement-et-sourcing reviewed {grade: 11.00 -> 12.00; level: NONE -> BRONZE}");
    }

    @Test
    void a_certificate_regenerated_and_revoked_is_audited_with_the_level_taken_away_and_the_reason() {
        world.withSeedPath().submitted(ALICE);
        world.lms.certification().caseStudies().correct(CORRECTOR, ALICE.id(), PATH, pointsFor("18.5"), null);
        Certificate gold = world.lms.certification().certificates().certificateOf(ALICE, ALICE.id(), PATH).orElseThrow();
        long mark = mark();
        Certificate regenerated = world.lms.certification().certificates().regenerate(ADMIN, gold.id(), gold.version());
        world.lms.certification().certificates().revoke(ADMIN, gold.id(), regenerated.version(), "fraude");
        assertThat(since(mark)).containsExactly(
                "admin certificate/" + gold.id().value() + " regenerated {}",
                "admin certificate/" + gold.id().value() + " revoked {level: GOLD -> null; reason: null -> fraude}");
    }

    @Test
    void a_question_added_to_the_bank_is_audited_with_its_theme_and_difficulty() {
        long mark = mark();
        QuizBank.of(ThemeId.of("sourcing"), 1, 1).forEach(q -> world.lms.certification().programQuizzes().addQuestion(ADMIN, q));
        assertThat(since(mark)).containsExactly(
                "admin question/sourcing-l1-q1 created {theme: null -> sourcing; difficulty: null -> 1}");
    }

    /** The eligibility lists the learner's workshops in the order of their ids, whatever the order they were taken in. */
    @Test
    void the_eligibility_lists_workshops_by_id() {
        grading.definePathSetup(ADMIN, RecrutementEtSourcing.setup());
        for (String workshop : List.of("atelier-9", "atelier-2", "atelier-5")) {
            world.lms.certification().achievements().recordWorkshop(TUTOR, ALICE.id(), PATH, WorkshopId.of(workshop));
        }

        assertThat(world.lms.certification().achievements().eligibility(ALICE, ALICE.id(), PATH).workshops())
                .extracting(w -> w.workshop().value()).containsExactly("atelier-2", "atelier-5", "atelier-9");
    }
}
