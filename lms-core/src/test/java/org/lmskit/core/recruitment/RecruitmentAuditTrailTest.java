package org.lmskit.core.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lmskit.core.recruitment.RecruitmentWorld.COMMISSION;
import static org.lmskit.core.recruitment.RecruitmentWorld.LUC;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmskit.core.audit.AuditLines;

/**
 * Every audited write of the recruitment capability, with the exact field changes it records (issue 23): a
 * candidate registered and changed by the commission, a card opened by a quick action and updated.
 */
class RecruitmentAuditTrailTest {
    private final RecruitmentWorld world = new RecruitmentWorld();

    private List<String> since(long mark) {
        return AuditLines.since(world.storage, mark);
    }

    @Test
    void the_commission_registers_a_candidate_then_changes_only_what_changed() {
        long mark = AuditLines.mark(world.storage);
        Candidate registered = world.register(RecruitmentWorld.candidate("nouveau", Civility.MRS, "NOUVELLE", "Anne")
                .classification(Classification.ADAPTABLE).build());
        Candidate renamed = world.recruitment.pool().updateCandidate(COMMISSION, new Candidate(registered.id(),
                registered.civility(), "NOUVELLE-DUPONT", registered.firstName(), registered.area(), registered.city(),
                registered.currentJobs(), registered.classification(), registered.classifiedAt(), registered.studyLevel(),
                registered.experience(), registered.skills(), registered.trainings(), registered.situation(),
                registered.situationChangedOn(), registered.submittedBy(), registered.documents(), registered.version()));
        world.recruitment.pool().updateCandidate(COMMISSION, new Candidate(renamed.id(), renamed.civility(),
                renamed.lastName(), renamed.firstName(), renamed.area(), renamed.city(), renamed.currentJobs(),
                Classification.EMPLOYABLE, renamed.classifiedAt(), renamed.studyLevel(), renamed.experience(),
                renamed.skills(), renamed.trainings(), Situation.IN_TRAINING, renamed.situationChangedOn(),
                renamed.submittedBy(), renamed.documents(), renamed.version()));
        assertThat(since(mark)).containsExactly(
                "commission candidate/nouveau registered {classification: null -> ADAPTABLE; situation: null -> JOB_SEEKING}",
                "commission candidate/nouveau updated {}",
                "commission candidate/nouveau updated {classification: ADAPTABLE -> EMPLOYABLE; situation: JOB_SEEKING -> IN_TRAINING}");
    }

    @Test
    void a_card_opened_by_a_quick_action_and_updated_records_result_status_and_deadline() {
        long mark = AuditLines.mark(world.storage);
        FollowUpCard card = world.recruitment.cards().quickAction(LUC, world.anais.id(), QuickAction.STUDY_LATER);
        world.recruitment.cards().updateCard(LUC, card.id(),
                CardUpdate.of(card).withResult(CardResult.KEPT_FOR_POTENTIAL_RECRUITMENT), card.version());
        String id = card.id().value();
        assertThat(since(mark)).containsExactly(
                // seed 004: "Etude de la candidature en cours" is due in 30 days
                "luc follow-up-card/" + id + " opened {title: null -> Madame KLEIN Anaïs-Alsace / Bas-Rhin; "
                        + "result: null -> NONE_STUDY_IN_PROGRESS; status: null -> STUDY_IN_PROGRESS; nonResponse: null -> false; "
                        + "dueAt: null -> 2019-06-02T14:25:00Z}",
                // and a profile kept for a potential recruitment goes to the pool status, due in 200 days
                "luc follow-up-card/" + id + " updated {result: NONE_STUDY_IN_PROGRESS -> KEPT_FOR_POTENTIAL_RECRUITMENT; "
                        + "status: STUDY_IN_PROGRESS -> POOL; dueAt: 2019-06-02T14:25:00Z -> 2019-11-19T14:25:00Z}");
    }

    /** Every field an update may change is recorded, and only once the candidate falls silent is that published. */
    @Test
    void an_update_records_actions_comment_non_response_and_rejection_causes() {
        FollowUpCard card = world.recruitment.cards().quickAction(LUC, world.anais.id(), QuickAction.STUDY_LATER);
        long mark = AuditLines.mark(world.storage);
        FollowUpCard silent = world.recruitment.cards().updateCard(LUC, card.id(), CardUpdate.of(card)
                .withActions(java.util.Set.of(PerformedAction.CV_ANALYSIS, PerformedAction.PROFILE_STUDY))
                .withNonResponse(true).withComment("Relancée deux fois"), card.version());
        FollowUpCard rejected = world.recruitment.cards().updateCard(LUC, card.id(), CardUpdate.of(silent)
                .withResult(CardResult.PROFILE_NOT_RETAINED)
                .withRejectionCauses(java.util.Set.of(RejectionCause.LACK_OF_MOTIVATION)).withTitle("Anaïs K."),
                silent.version());
        String id = card.id().value();

        assertThat(since(mark)).containsExactly(
                "luc follow-up-card/" + id + " updated {actions: null -> PROFILE_STUDY,CV_ANALYSIS; "
                        + "nonResponse: false -> true; comment: null -> Relancée deux fois}",
                // seed 004: a profile not retained closes the card, so it has no deadline any more
                "luc follow-up-card/" + id + " updated {title: Madame KLEIN Anaïs-Alsace / Bas-Rhin -> Anaïs K.; "
                        + "result: NONE_STUDY_IN_PROGRESS -> PROFILE_NOT_RETAINED; status: STUDY_IN_PROGRESS -> NOT_RETAINED; "
                        + "rejectionCauses: null -> LACK_OF_MOTIVATION; dueAt: 2019-06-02T14:25:00Z -> null}");
        assertThat(rejected.nonResponse()).isTrue();
        assertThat(world.events(RecruitmentEvent.CardUpdated.class)).extracting(RecruitmentEvent.CardUpdated::status)
                .containsExactly(CardStatus.STUDY_IN_PROGRESS, CardStatus.NOT_RETAINED);
        assertThat(world.events(RecruitmentEvent.CandidateNotResponding.class)).as("once, when it fell silent")
                .hasSize(1);
        assertThat(world.notifications).hasSize(1);
    }
}
