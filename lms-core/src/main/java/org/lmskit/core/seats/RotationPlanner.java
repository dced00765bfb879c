package org.lmskit.core.seats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
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

    /**
     * A session's next state and what changed: slots given and taken, and (natural rotation) members who finished
     * the path and so left the waiting list.
     */
    public record Plan(SeatSession session, List<SlotChange> assignments, List<SlotChange> releases,
                       List<UserId> leftTheList) {
        public Plan(SeatSession session, List<SlotChange> assignments, List<SlotChange> releases) {
            this(session, assignments, releases, List.of());
        }

        /** Whether the plan changes the session at all. */
        public boolean changes() {
            return !assignments.isEmpty() || !leftTheList.isEmpty();
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

    /**
     * The hand-overs a rotating slot session owes at once, whatever the day's run did. Seed 003, "Rotation
     * naturelle": "dès qu'un apprenant a terminé son parcours, son slot est automatiquement retiré et attribué à
     * l'apprenant en première position sur la liste", so under natural rotation each holder who finished the path
     * by {@code day} hands over to the first waiting member; then, natural or rhythmic, every free slot goes to
     * the first waiting member, so no slot stays free while someone waits. Slots are taken in their order and
     * waiting members in theirs; nobody is skipped. Under natural rotation a waiting member who already finished
     * the path leaves the list first: they have nothing left to wait for, and a slot handed to them would be
     * taken back at once. A session without rotation keeps manual assignment, and {@code lastRotatedOn} is left
     * alone: this is not the daily run.
     *
     * @param members the session's members by user (natural rotation reads who finished the path)
     * @param freedBy why a free slot is free (a release, a quota raised, ...), the reason its hand-over carries
     */
    public Plan atOnce(SeatSession session, LocalDate day, Map<UserId, SessionMember> members,
                       SlotChange.Reason freedBy) {
        if (session.type() != SessionType.SLOTS || session.rotation() == Rotation.none() || !session.isRunningOn(day)
                || session.waiting().isEmpty()) {
            return new Plan(session, List.of(), List.of());
        }
        boolean natural = session.rotation() instanceof Rotation.Natural;
        Predicate<UserId> finished = user -> natural && Optional.ofNullable(members.get(user))
                .filter(m -> m.completedBy(day)).isPresent();
        List<UserId> leftTheList = session.waiting().stream().filter(finished).toList();
        Deque<UserId> takers = new ArrayDeque<>(session.waiting());
        takers.removeAll(leftTheList);
        List<Slot> slots = new ArrayList<>(session.slots());
        List<SlotChange> assignments = new ArrayList<>();
        List<SlotChange> releases = new ArrayList<>();
        for (int i = 0; i < slots.size() && !takers.isEmpty(); i++) {
            Slot slot = slots.get(i);
            SlotChange.Reason reason;
            if (slot.isFree()) {
                reason = freedBy;
            } else if (slot.holder().filter(finished).isPresent()) {
                reason = SlotChange.Reason.NATURAL_ROTATION;
                releases.add(new SlotChange(session.id(), slot.number(), slot.holder().get(), reason));
            } else {
                continue;
            }
            UserId taker = takers.poll();
            slots.set(i, slot.heldBy(taker, day));
            assignments.add(new SlotChange(session.id(), slot.number(), taker, reason));
        }
        if (assignments.isEmpty() && leftTheList.isEmpty()) {
            return new Plan(session, List.of(), List.of());
        }
        return new Plan(session.handedOver(slots, List.copyOf(takers)), assignments, releases, leftTheList);
    }

    boolean turnOver(LocalDate since, LocalDate day, Rotation.Rhythmic rhythm) {
        long elapsed = rhythm.countWeekends() ? ChronoUnit.DAYS.between(since, day)
                : calendar.workingDaysBetween(since, day);
        return elapsed >= rhythm.everyDays();
    }
}
