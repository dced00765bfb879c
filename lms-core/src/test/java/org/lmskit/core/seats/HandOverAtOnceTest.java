package org.lmskit.core.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.seats.SeatWorld.ADMIN;
import static org.lmskit.core.seats.SeatWorld.PILOT;
import static org.lmskit.core.seats.SeatWorld.m;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.FieldChange;

/**
 * Seed 003, "Rotation naturelle": "dès qu'un apprenant a terminé son parcours, son slot est automatiquement retiré et
 * attribué à l'apprenant en première position sur la liste", at once rather than at the next daily run; and in any
 * rotating session, no slot stays free while someone waits.
 */
class HandOverAtOnceTest {
    private static final LocalDate TODAY = SeatWorld.START.plusDays(3);
    private final SeatWorld world = new SeatWorld();

    private SessionId natural(int slots, int members) {
        SessionId id = world.started("s", slots, Rotation.natural(), members).id();
        world.clock.setDay(TODAY);
        world.events.clear();
        return id;
    }

    @Test
    void a_holder_who_finishes_the_path_hands_the_slot_to_the_first_waiting_in_the_same_call() {
        SessionId id = natural(3, 6);

        PathCompletion completion = world.seats.members().pathCompleted(PILOT, id, m(1));

        assertThat(completion.member().pathCompletedOn()).contains(TODAY);
        assertThat(completion.handOvers()).containsExactly(new HandOver(id, 1, Optional.of(m(1)), Optional.of(m(4)),
                SlotChange.Reason.NATURAL_ROTATION));
        assertThat(world.holders(id)).containsExactly("m4", "m2", "m3");
        assertThat(world.waiting(id)).containsExactly("m5", "m6");
        assertThat(world.seats.members().hasAccess(id, m(1), TODAY)).isFalse();
        assertThat(world.seats.members().hasAccess(id, m(4), TODAY)).isTrue();
    }

    @Test
    void the_hand_over_publishes_the_daily_jobs_events_and_audits_the_cause() {
        SessionId id = natural(3, 6);

        world.seats.members().pathCompleted(PILOT, id, m(2));

        assertThat(world.events).containsExactly(
                new SeatEvent.SlotReleased(world.clock.instant(), id, 2, m(2), SlotChange.Reason.NATURAL_ROTATION),
                new SeatEvent.SlotAssigned(world.clock.instant(), id, 2, m(4), TODAY, SlotChange.Reason.NATURAL_ROTATION));
        List<AuditEntry> audit = world.storage.auditTrail().find(AuditQuery.byRecord("seat-session", id.value())
                .newestFirst()).items();
        assertThat(audit.get(0).action()).isEqualTo("rotated");
        assertThat(audit.get(0).changes()).containsExactly(new FieldChange("cause", null, "NATURAL_ROTATION"),
                new FieldChange("slot 2", "m2", "m4"));
        assertThat(audit.get(1).action()).isEqualTo("path-completed");
        assertThat(audit.get(1).changes()).containsExactly(new FieldChange("pathCompletedOn m2", null, TODAY.toString()));
    }

    @Test
    void with_nobody_waiting_the_finished_holder_keeps_access() {
        SessionId id = natural(3, 3);

        PathCompletion completion = world.seats.members().pathCompleted(PILOT, id, m(1));

        assertThat(completion.handOvers()).isEmpty();
        assertThat(world.holders(id)).containsExactly("m1", "m2", "m3");
        assertThat(world.events).isEmpty();
    }

    @Test
    void someone_joining_the_list_later_takes_the_slot_of_a_holder_who_already_finished() {
        SessionId id = natural(2, 2);
        world.seats.members().pathCompleted(PILOT, id, m(1));
        world.seats.members().addMember(PILOT, id, m(3), SessionRole.LEARNER);

        world.seats.slots().addWaiting(PILOT, id, m(3));

        assertThat(world.holders(id)).containsExactly("m3", "m2");
        assertThat(world.waiting(id)).isEmpty();
    }

    @Test
    void under_natural_rotation_a_waiting_member_who_finishes_leaves_the_list_and_cannot_join_it_again() {
        SessionId id = natural(2, 4);

        world.seats.members().pathCompleted(PILOT, id, m(3));

        assertThat(world.waiting(id)).containsExactly("m4");
        assertThatThrownBy(() -> world.seats.slots().addWaiting(PILOT, id, m(3)))
                .isInstanceOf(org.lmskit.core.error.RuleRefusedException.class)
                .satisfies(e -> assertThat(((org.lmskit.core.error.RuleRefusedException) e).code())
                        .isEqualTo(SeatRefusals.PATH_COMPLETED));
        assertThat(world.waiting(id)).containsExactly("m4");
    }

    @Test
    void the_daily_job_then_finds_nothing_left_to_do() {
        SessionId id = natural(3, 6);
        world.seats.members().pathCompleted(PILOT, id, m(1));
        List<String> holders = world.holders(id);

        DailyRotationReport report = world.seats.rotation().runDailyRotation(ADMIN, TODAY);

        assertThat(report.assignments()).isZero();
        assertThat(world.holders(id)).isEqualTo(holders);
    }

    @Test
    void a_completion_dated_after_today_waits_for_its_day_and_the_daily_job() {
        SessionId id = natural(2, 3);

        assertThat(world.seats.members().pathCompleted(PILOT, id, m(1), TODAY.plusDays(2)).handOvers()).isEmpty();
        assertThat(world.holders(id)).containsExactly("m1", "m2");

        world.runOn(TODAY.plusDays(2));
        assertThat(world.holders(id)).containsExactly("m3", "m2");
    }

    @Test
    void rhythmic_rotation_does_not_hand_over_on_completion() {
        SessionId id = world.started("s", 2, Rotation.every(10, true), 3).id();

        assertThat(world.seats.members().pathCompleted(PILOT, id, m(1)).handOvers()).isEmpty();
        assertThat(world.holders(id)).containsExactly("m1", "m2");
    }

    @Test
    void a_learner_reporting_their_own_completion_learns_their_slot_went_on_but_not_to_whom() {
        SessionId id = natural(2, 3);

        PathCompletion own = world.seats.members().pathCompleted(Actor.of("m1", Role.LEARNER), id, m(1));

        assertThat(own.handOvers()).containsExactly(new HandOver(id, 1, Optional.of(m(1)), Optional.empty(),
                SlotChange.Reason.NATURAL_ROTATION));
        assertThat(world.holders(id)).containsExactly("m3", "m2");
    }

    @Test
    void a_slot_released_in_a_rotating_session_goes_at_once_to_the_first_waiting() {
        SessionId id = world.started("s", 2, Rotation.every(10, true), 4).id();
        world.events.clear();

        SeatSession after = world.seats.slots().releaseSlot(PILOT, id, m(2));

        assertThat(after.holders()).containsExactly(m(1), m(3));
        assertThat(after.waiting()).containsExactly(m(4));
        assertThat(world.events).filteredOn(SeatEvent.SlotAssigned.class::isInstance).singleElement()
                .isEqualTo(new SeatEvent.SlotAssigned(world.clock.instant(), id, 2, m(3), SeatWorld.START,
                        SlotChange.Reason.SLOT_RELEASED));
        assertThat(world.events).filteredOn(SeatEvent.SlotReleased.class::isInstance).singleElement()
                .isEqualTo(new SeatEvent.SlotReleased(world.clock.instant(), id, 2, m(2), SlotChange.Reason.MANUAL));
    }

    @Test
    void without_rotation_a_released_slot_stays_free_for_manual_assignment() {
        SessionId id = world.started("s", 2, Rotation.none(), 4).id();

        SeatSession after = world.seats.slots().releaseSlot(PILOT, id, m(2));

        assertThat(after.slots().get(1).isFree()).isTrue();
        assertThat(after.waiting()).containsExactly(m(3), m(4));
    }

    @Test
    void a_raised_quota_hands_each_new_slot_to_the_next_waiting_in_order() {
        SessionId id = world.started("s", 1, Rotation.every(10, true), 4).id();
        long version = world.seats.sessions().session(ADMIN, id).version();

        SeatSession after = world.seats.sessions().changeQuota(ADMIN, id, 3, version);

        assertThat(after.holders()).containsExactly(m(1), m(2), m(3));
        assertThat(after.waiting()).containsExactly(m(4));
        assertThat(world.events).filteredOn(e -> e instanceof SeatEvent.SlotAssigned a
                && a.reason() == SlotChange.Reason.QUOTA_RAISED).hasSize(2);
    }

    @Test
    void joining_the_list_of_a_rotating_session_with_a_free_slot_takes_it() {
        SessionId id = world.slotSession("s", 2, Rotation.natural(), 3).id();
        world.seats.slots().assignSlot(PILOT, id, m(1));

        SeatSession after = world.seats.slots().addWaiting(PILOT, id, m(2));

        assertThat(after.holders()).containsExactly(m(1), m(2));
        assertThat(after.waiting()).isEmpty();
    }

    @Test
    void a_session_that_starts_rotating_hands_its_free_slots_to_the_list() {
        SessionId id = world.started("s", 2, Rotation.none(), 4).id();
        world.seats.slots().releaseSlot(PILOT, id, m(1));
        long version = world.seats.sessions().session(ADMIN, id).version();

        SeatSession after = world.seats.sessions().setRotation(PILOT, id, Rotation.natural(), version);

        assertThat(after.holders()).containsExactly(m(3), m(2));
        assertThat(after.waiting()).containsExactly(m(4));
    }

    @Test
    void a_manual_assignment_cannot_jump_the_queue_of_a_rotating_session() {
        SessionId id = world.started("s", 2, Rotation.natural(), 4).id();
        world.seats.slots().releaseSlot(PILOT, id, m(1));

        assertThatThrownBy(() -> world.seats.slots().assignSlot(PILOT, id, m(4)))
                .hasMessageContaining("slots");
        assertThat(world.holders(id)).containsExactly("m3", "m2");
    }

    @Test
    void a_path_finished_through_the_library_is_recorded_only_in_sessions_of_that_path() {
        SessionId id = natural(2, 3);

        List<PathCompletion> elsewhere = world.seats.members().completedPath(ADMIN, m(1),
                org.lmskit.core.id.PathId.of("another-path"), TODAY);
        List<PathCompletion> here = world.seats.members().completedPath(ADMIN, m(1),
                org.lmskit.core.id.PathId.of("recrutement-et-sourcing"), TODAY);

        assertThat(elsewhere).isEmpty();
        assertThat(here).singleElement().satisfies(c -> assertThat(c.handOvers()).extracting(HandOver::assigned)
                .containsExactly(Optional.of(m(3))));
        assertThat(world.seats.members().completedPath(ADMIN, m(1),
                org.lmskit.core.id.PathId.of("recrutement-et-sourcing"), TODAY)).isEmpty();
    }

    @Test
    void a_stale_version_refuses_a_quota_change_and_hands_nothing_over() {
        SessionId id = world.started("s", 1, Rotation.every(10, true), 3).id();
        long stale = world.seats.sessions().session(ADMIN, id).version() - 1;

        assertThatThrownBy(() -> world.seats.sessions().changeQuota(ADMIN, id, 2, stale))
                .isInstanceOf(ConflictException.class);
        assertThat(world.holders(id)).containsExactly("m1");
        assertThat(world.waiting(id)).containsExactly("m2", "m3");
    }

}
