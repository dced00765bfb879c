package org.lmskit.core.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lmskit.core.seats.SeatWorld.ADMIN;
import static org.lmskit.core.seats.SeatWorld.PILOT;
import static org.lmskit.core.seats.SeatWorld.m;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmskit.core.audit.AuditLines;

/**
 * Every audited write of the seats capability, with the exact field changes it records (issue 23): sessions
 * created and changed, members added, slots and the waiting list changed by hand, completions and the rotations
 * they cause.
 */
class SeatAuditTrailTest {
    private final SeatWorld world = new SeatWorld();

    private List<String> since(long mark) {
        return AuditLines.since(world.storage, mark);
    }

    @Test
    void a_session_is_audited_when_created_and_for_each_field_a_change_changes() {
        long mark = AuditLines.mark(world.storage);
        SeatSession session = world.slotSession("s", 2, Rotation.none(), 1);
        SeatSession quota = world.seats.sessions().changeQuota(ADMIN, session.id(), 3, session.version());
        SeatSession rhythm = world.seats.sessions().setRotation(PILOT, session.id(), Rotation.every(10, false), quota.version());
        world.seats.sessions().convertToLicences(ADMIN, session.id(), 3, rhythm.version());
        assertThat(since(mark)).containsExactly(
                "admin seat-session/s created {type: null -> SLOTS; quota: null -> 2; rotation: null -> NONE}",
                "paula seat-session/s member-added {member: null -> m1:LEARNER}",
                "admin seat-session/s quota-changed {quota: 2 -> 3}",
                "paula seat-session/s rotation-set {rotation: NONE -> RHYTHMIC every 10 days, weekends not counted}",
                // a licence session does not rotate
                "admin seat-session/s converted-to-licences {type: SLOTS -> LICENCES; "
                        + "rotation: RHYTHMIC every 10 days, weekends not counted -> NONE}");
    }

    @Test
    void a_slot_or_the_waiting_list_changed_by_hand_records_the_holders_and_the_list_before_and_after() {
        SeatSession session = world.slotSession("s", 1, Rotation.none(), 3);
        long mark = AuditLines.mark(world.storage);
        world.seats.slots().assignSlot(PILOT, session.id(), m(1));
        world.seats.slots().addWaiting(PILOT, session.id(), m(2));
        world.seats.slots().addWaiting(PILOT, session.id(), m(3));
        world.seats.slots().moveWaiting(PILOT, session.id(), m(3), 1);
        world.seats.slots().removeWaiting(PILOT, session.id(), m(2));
        world.seats.slots().releaseSlot(PILOT, session.id(), m(1));
        assertThat(since(mark)).containsExactly(
                "paula seat-session/s slot-assigned {slot 1: null -> m1}",
                "paula seat-session/s waiting-added {waiting: null -> m2}",
                "paula seat-session/s waiting-added {waiting: m2 -> m2,m3}",
                "paula seat-session/s waiting-moved {waiting: m2,m3 -> m3,m2}",
                "paula seat-session/s waiting-removed {waiting: m3,m2 -> m3}",
                // no rotation on this session: the freed slot stays free
                "paula seat-session/s slot-released {slot 1: m1 -> null}");
    }

    @Test
    void a_completed_path_is_audited_with_its_day_and_the_natural_hand_over_it_makes() {
        SeatSession session = world.started("s", 1, Rotation.natural(), 2);
        long mark = AuditLines.mark(world.storage);
        world.seats.members().pathCompleted(ADMIN, session.id(), m(1), SeatWorld.START);
        assertThat(since(mark)).containsExactly(
                "admin seat-session/s path-completed {pathCompletedOn m1: null -> 2021-09-06}",
                "admin seat-session/s rotated {cause: null -> NATURAL_ROTATION; slot 1: m1 -> m2}");
    }

    /** The daily job's entry names its cause (here the rhythm, not a natural hand-over). */
    @Test
    void a_rhythmic_rotation_is_audited_with_its_cause() {
        SeatSession session = world.started("s", 1, Rotation.every(1, true), 3);
        long mark = AuditLines.mark(world.storage);

        world.seats.rotation().runDailyRotation(ADMIN, SeatWorld.START.plusDays(1));

        assertThat(since(mark)).containsExactly(
                "admin seat-session/s rotated {cause: null -> RHYTHMIC_ROTATION; slot 1: m1 -> m2}");
    }
}
