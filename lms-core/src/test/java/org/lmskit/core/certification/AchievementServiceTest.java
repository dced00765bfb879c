package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.certification.CertificationWorld.ADMIN;
import static org.lmskit.core.certification.CertificationWorld.ALICE;
import static org.lmskit.core.certification.CertificationWorld.BOB;
import static org.lmskit.core.certification.CertificationWorld.CORRECTOR;
import static org.lmskit.core.certification.CertificationWorld.MANAGER;
import static org.lmskit.core.certification.CertificationWorld.TUTOR;
import static org.lmskit.core.certification.RecrutementEtSourcing.PATH;
import static org.lmskit.core.certification.RecrutementEtSourcing.SOURCING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.spi.audit.AuditQuery;

class AchievementServiceTest {
    private final CertificationWorld world = new CertificationWorld().withSeedPath();
    private final AchievementService achievements = world.lms.certification().achievements();

    @Test
    void badges_and_workshops_are_recorded_once_and_audited() {
        achievements.awardBadge(TUTOR, ALICE.id(), PATH, SOURCING);
        achievements.awardBadge(TUTOR, ALICE.id(), PATH, SOURCING);
        achievements.recordWorkshop(TUTOR, ALICE.id(), PATH, WorkshopId.of("atelier-1"));

        Achievements recorded = achievements.achievements(ALICE, ALICE.id(), PATH);
        assertThat(recorded.badges()).containsExactly(SOURCING);
        assertThat(recorded.completeWorkshops()).containsExactly(WorkshopId.of("atelier-1"));
        assertThat(world.storage.auditTrail().find(AuditQuery.byRecord("achievement", "alice/" + PATH)).items())
                .extracting(e -> e.action()).containsExactly("badge-awarded", "workshop-progressed");
    }

    @Test
    void a_learner_cannot_award_themself_a_badge() {
        assertThatThrownBy(() -> achievements.awardBadge(ALICE, ALICE.id(), PATH, SOURCING))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(achievements.achievements(ALICE, ALICE.id(), PATH).version()).isZero();
    }

    @Test
    void eligibility_is_read_by_the_learner_and_their_manager_but_not_by_another_learner() {
        world.eligible(ALICE);

        assertThat(achievements.eligibility(ALICE, ALICE.id(), PATH).eligible()).isTrue();
        assertThat(achievements.eligibility(MANAGER, ALICE.id(), PATH).eligible()).isTrue();
        assertThatThrownBy(() -> achievements.eligibility(BOB, ALICE.id(), PATH))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void many_learners_are_checked_in_one_call_for_correctors() {
        world.eligible(ALICE);

        List<Eligibility> all = achievements.eligibility(CORRECTOR, PATH, List.of(ALICE.id(), BOB.id(), UserId.of("zoe")));
        assertThat(all).extracting(Eligibility::eligible).containsExactly(true, false, false);
        assertThat(all.get(1).missingBadges()).hasSize(7);
        assertThatThrownBy(() -> achievements.eligibility(ALICE, PATH, List.of(ALICE.id())))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_path_set_up_from_a_stale_version_is_a_conflict() {
        CertificationPathSetup current = world.lms.certification().grading().pathSetup(PATH);
        world.lms.certification().grading().definePathSetup(ADMIN, current);

        assertThatThrownBy(() -> world.lms.certification().grading().definePathSetup(ADMIN, current))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> world.lms.certification().grading().definePathSetup(ALICE, current.withVersion(2)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void each_recording_returns_what_it_stored_and_publishes_once_what_changed() {
        Achievements badge = achievements.awardBadge(TUTOR, ALICE.id(), PATH, SOURCING);
        Achievements again = achievements.awardBadge(TUTOR, ALICE.id(), PATH, SOURCING);
        Achievements workshop = achievements.recordWorkshop(TUTOR, ALICE.id(), PATH, WorkshopId.of("atelier-1"));
        Achievements step = achievements.recordWorkshopStep(ALICE, ALICE.id(), PATH, WorkshopId.of("atelier-2"),
                WorkshopStep.INTRODUCTION_VIDEO_WATCHED);

        assertThat(badge.badges()).containsExactly(SOURCING);
        assertThat(again).isEqualTo(badge);
        assertThat(workshop.stepsOf(WorkshopId.of("atelier-1"))).containsExactlyInAnyOrder(WorkshopStep.values());
        assertThat(step.stepsOf(WorkshopId.of("atelier-2"))).containsExactly(WorkshopStep.INTRODUCTION_VIDEO_WATCHED);
        assertThat(step).isEqualTo(achievements.achievements(ALICE, ALICE.id(), PATH));
        assertThat(world.events(CertificationEvent.BadgeAwarded.class)).singleElement()
                .satisfies(e -> assertThat(e.theme()).isEqualTo(SOURCING));
        assertThat(world.events(CertificationEvent.WorkshopProgressed.class))
                .extracting(e -> e.workshop().value() + " " + e.percent() + " " + e.complete() + " " + e.by().value())
                .containsExactly("atelier-1 100 true tutor", "atelier-2 10 false alice");
    }

    @Test
    void a_learner_records_their_own_steps_but_not_a_whole_workshop_nor_anyone_else_s_step() {
        assertThatThrownBy(() -> achievements.recordWorkshop(ALICE, ALICE.id(), PATH, WorkshopId.of("atelier-1")))
                .isInstanceOf(org.lmskit.core.error.PermissionDeniedException.class);
        assertThatThrownBy(() -> achievements.recordWorkshopStep(ALICE, BOB.id(), PATH, WorkshopId.of("atelier-1"),
                WorkshopStep.INTRODUCTION_VIDEO_WATCHED)).isInstanceOf(org.lmskit.core.error.PermissionDeniedException.class);
        assertThatThrownBy(() -> achievements.recordWorkshopStep(ALICE, ALICE.id(), org.lmskit.core.id.PathId.of("nowhere"),
                WorkshopId.of("atelier-1"), WorkshopStep.INTRODUCTION_VIDEO_WATCHED))
                .isInstanceOf(org.lmskit.core.error.NotFoundException.class);
        assertThat(achievements.achievements(ALICE, ALICE.id(), PATH).workshopSteps()).isEmpty();
        assertThat(world.events(CertificationEvent.WorkshopProgressed.class)).isEmpty();
    }
}
