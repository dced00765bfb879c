package org.lmskit.core.seats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.lmskit.core.id.UserId;

/**
 * Plans one session's rotation for a day (seed 003, "Rotations"), as a pure function.
 *
 * <ul>
 *   <li>Natural: a holder who finished the path hands the slot to the first waiting member; if nobody
 *   waits, holders keep their access.</li>
 *   <li>Rhythmic every N days: a holder whose turn is over (N days since they got the slot, calendar
 *   days or working days) goes to the end of the waiting list and the first waiting member takes
 *   the slot; if nobody waits, holders keep their access. Only members waiting when the run starts
 *   take slots, so a holder sent to the list is never handed a slot back in the same run.</li>
 * </ul>
 *
 * A session rotates at most once a day, so planning the same day twice changes nothing the second
 * time (a holder sent to the list in the morning is not handed a slot back by a second run).
 */
public final class RotationPlanner {

    public record Plan(SeatSession session, List<SlotChange> assignments, List<SlotChange> releases) {
        public boolean changes() {
            return !assignments.isEmpty();
        }
    }

    private final WorkingDayCalendar calendar;

    public RotationPlanner(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** @param members the session's members by user, needed for natural rotation (path completion) */
    public Plan plan(SeatSession session, LocalDate day, Map<UserId, SessionMember> members) {
        if (session.type() != SessionType.SLOTS || !session.isRunningOn(day) || session.waiting().isEmpty()
                || session.lastRotatedOn().filter(day::equals).isPresent()) {
            return new Plan(session, List.of(), List.of());
        }
        List<UserId> waiting = new ArrayList<>(session.waiting());
        Deque<UserId> takers = new ArrayDeque<>(session.waiting());
        List<Slot> slots = new ArrayList<>(session.slots());
        List<SlotChange> assignments = new ArrayList<>();
        List<SlotChange> releases = new ArrayList<>();
        for (int i = 0; i < slots.size() && !takers.isEmpty(); i++) {
            Slot slot = slots.get(i);
            if (slot.isFree()) {
                continue;
            }
            UserId holder = slot.holder().get();
            SlotChange.Reason reason;
            if (session.rotation() instanceof Rotation.Natural) {
                SessionMember member = members.get(holder);
                if (member == null || !member.completedBy(day)) {
                    continue;
                }
                reason = SlotChange.Reason.NATURAL_ROTATION;
            } else if (session.rotation() instanceof Rotation.Rhythmic rhythm) {
                if (!turnOver(slot.assignedOn().orElse(session.startDate()), day, rhythm)) {
                    continue;
                }
                reason = SlotChange.Reason.RHYTHMIC_ROTATION;
            } else {
                return new Plan(session, List.of(), List.of());
            }
            UserId taker = takers.poll();
            waiting.remove(taker);
            if (reason == SlotChange.Reason.RHYTHMIC_ROTATION) {
                waiting.add(holder);
            }
            slots.set(i, slot.heldBy(taker, day));
            releases.add(new SlotChange(session.id(), slot.number(), holder, reason));
            assignments.add(new SlotChange(session.id(), slot.number(), taker, reason));
        }
        if (assignments.isEmpty()) {
            return new Plan(session, List.of(), List.of());
        }
        return new Plan(session.rotated(slots, waiting, day), assignments, releases);
    }

    boolean turnOver(LocalDate since, LocalDate day, Rotation.Rhythmic rhythm) {
        long elapsed = rhythm.countWeekends() ? ChronoUnit.DAYS.between(since, day)
                : calendar.workingDaysBetween(since, day);
        return elapsed >= rhythm.everyDays();
    }
}
