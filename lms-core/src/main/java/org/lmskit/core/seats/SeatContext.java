package org.lmskit.core.seats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.audit.FieldChange;

/**
 * What the services of the seats capability share: the stores, the operation kernel, the directory, the clock
 * whose zone decides "today", the rotation planner, the access policy, and the reads they all make.
 */
final class SeatContext {
    static final String SESSION_TYPE = "seat-session";

    final StorageProvider storage;
    final Operations ops;
    final AuditWriter audit;
    final Directory directory;
    final Clock clock;
    final RotationPlanner planner;
    final SeatAccess access;

    SeatContext(StorageProvider storage, Operations ops, Directory directory, Clock clock, WorkingDayCalendar calendar) {
        this.storage = storage;
        this.ops = ops;
        this.audit = ops.audit();
        this.directory = directory;
        this.clock = clock;
        this.planner = new RotationPlanner(calendar);
        this.access = new SeatAccess(directory);
    }

    /** Whether a member may follow the path on a day: a learning member of a licence session, a slot holder of a slot session. */
    static boolean access(SeatSession session, SessionMember member, LocalDate day) {
        if (member == null || !session.isRunningOn(day)) {
            return false;
        }
        return session.type() == SessionType.LICENCES ? member.role().learns()
                : session.slotOf(member.user()).isPresent();
    }

    Optional<SessionMember> findMember(SeatSession session, UserId user) {
        return storage.sessionMembers().find(session.id().value(), user.value()).map(SeatRecords::member);
    }

    java.util.function.Predicate<UserId> managedBy(Actor manager) {
        return user -> directory.managersOf(user).contains(manager.id());
    }

    <T> T guard(Actor actor, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (org.lmskit.core.error.RuleRefusedException refused) {
            throw ops.refuse(actor, refused);
        }
    }

    SeatSession load(SessionId id) {
        if (id == null) {
            throw InvalidInputException.of("sessionId", "is required");
        }
        return storage.seatSessions().find(id.value()).map(SeatRecords::session)
                .orElseThrow(() -> new NotFoundException(SESSION_TYPE, id.value()));
    }

    /** The members of a session by user, read (once) only when its natural rotation has someone to hand over to. */
    Map<UserId, SessionMember> naturalMembers(SeatSession session) {
        if (!(session.rotation() instanceof Rotation.Natural) || session.waiting().isEmpty()) {
            return Map.of();
        }
        return storage.sessionMembers().findBySessions(List.of(session.id().value())).stream().map(SeatRecords::member)
                .collect(Collectors.toMap(SessionMember::user, m -> m));
    }

    /**
     * Inside a write: the hand-overs {@code session} owes at once on {@code day} ({@link RotationPlanner#atOnce}),
     * stored with it and audited and published as the daily job does. {@code changed}: the caller already changed
     * the session, so it is stored even when it owes nothing; otherwise a session that owes nothing is left
     * untouched (no version bump, so no race with other writers). Returns the session as it now stands.
     */
    HandedOver storeHandingOver(Actor actor, SeatSession session, boolean changed, LocalDate day,
                                SlotChange.Reason freedBy) {
        RotationPlanner.Plan plan = planner.atOnce(session, day, naturalMembers(session), freedBy);
        if (!changed && !plan.changes()) {
            return new HandedOver(session, List.of());
        }
        SeatSession stored = SeatRecords.session(storage.seatSessions().update(SeatRecords.record(plan.session())));
        recordRotation(actor, plan, day);
        return new HandedOver(stored, HandOver.of(plan));
    }

    /** A stored session and the slots that changed hands at once in the same write. */
    record HandedOver(SeatSession session, List<HandOver> handOvers) {
    }

    /**
     * What a manual change did to a session, field by field: each slot whose holder changed ({@code slot N}, from
     * the releasing holder to the new one) and the waiting list when it changed (in order, before and after).
     */
    static List<FieldChange> changes(SeatSession before, SeatSession after) {
        List<FieldChange> changes = new ArrayList<>();
        java.util.Map<Integer, String> held = new java.util.HashMap<>();
        before.slots().forEach(slot -> held.put(slot.number(), slot.holder().map(UserId::value).orElse(null)));
        for (Slot slot : after.slots()) {
            String was = held.get(slot.number());
            String is = slot.holder().map(UserId::value).orElse(null);
            if (!java.util.Objects.equals(was, is)) {
                changes.add(new FieldChange("slot " + slot.number(), was, is));
            }
        }
        if (!before.waiting().equals(after.waiting())) {
            changes.add(new FieldChange("waiting", waiting(before), waiting(after)));
        }
        return changes;
    }

    private static String waiting(SeatSession session) {
        return session.waiting().isEmpty() ? null
                : session.waiting().stream().map(UserId::value).collect(Collectors.joining(","));
    }

    /** A rotation as the audit trail states it: NONE, NATURAL, or RHYTHMIC every N days (weekends counted or not). */
    static String describe(Rotation rotation) {
        return rotation instanceof Rotation.Rhythmic r ? "RHYTHMIC every " + r.everyDays() + " days, weekends "
                + (r.countWeekends() ? "counted" : "not counted") : rotation.mode();
    }

    /**
     * Inside a write: one audit entry "rotated" (each slot from its releasing holder to its new one, and the
     * causes) and the {@link SeatEvent.SlotReleased}/{@link SeatEvent.SlotAssigned} events, published on commit.
     * The daily job and every hand-over made at once write the same.
     */
    void recordRotation(Actor actor, RotationPlanner.Plan plan, LocalDate day) {
        if (!plan.changes()) {
            return;
        }
        List<HandOver> handOvers = HandOver.of(plan);
        List<FieldChange> changes = new ArrayList<>(handOvers.size() + plan.leftTheList().size() + 1);
        String causes = handOvers.stream().map(h -> h.reason().name()).distinct().collect(Collectors.joining(","));
        changes.add(new FieldChange("cause", null, causes.isEmpty() ? SlotChange.Reason.NATURAL_ROTATION.name()
                : causes));
        plan.leftTheList().forEach(u -> changes.add(new FieldChange("waiting " + u.value(), "finished the path", null)));
        handOvers.forEach(h -> changes.add(new FieldChange("slot " + h.slot(), h.released().map(UserId::value)
                .orElse(null), h.assigned().map(UserId::value).orElse(null))));
        audit.record(actor, SESSION_TYPE, plan.session().id().value(), "rotated", changes);
        Instant now = ops.now();
        plan.releases().forEach(r -> ops.publish(new SeatEvent.SlotReleased(now, r.session(), r.slot(), r.user(),
                r.reason())));
        plan.assignments().forEach(a -> ops.publish(new SeatEvent.SlotAssigned(now, a.session(), a.slot(), a.user(),
                day, a.reason())));
    }

    /** The one "today" of the capability: the injected clock's date in its own zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

}
