package org.lmskit.core.seats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.domain.Instants;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.LmsException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.StoreCalls;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.seats.InactiveMembersQuery;
import org.lmskit.spi.seats.RotationDueQuery;
import org.lmskit.spi.seats.SeatSessionRecord;
import org.lmskit.spi.seats.SessionMemberRecord;

/**
 * Licence and slot sessions (seed 003). Access: an administrator manages everything; a pilot every
 * session of their own company; a manager sees the members they manage; anyone else is refused.
 * Slot changes are compare-and-set on the session, retried on a lost race, so no session ever holds
 * more slots than it bought.
 */
public final class SeatService {
    static final String SESSION_TYPE = "seat-session";
    /** Seed 003: inactive learners have not connected "depuis au moins 3 semaines". */
    public static final Duration INACTIVITY = Duration.ofDays(21);
    private static final int RETRIES = 5;
    private static final int JOB_PAGE = 500;

    private final StorageProvider storage;
    private final AuditWriter audit;
    private final EventPublisher events;
    private final Directory directory;
    private final Clock clock;
    private final RotationPlanner planner;

    public SeatService(StorageProvider storage, AuditWriter audit, EventPublisher events, Directory directory, Clock clock,
                       WorkingDayCalendar calendar) {
        this.storage = storage;
        this.audit = audit;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
        this.planner = new RotationPlanner(calendar);
    }

    public SeatSession createSession(Actor actor, SeatSession session) {
        requireRole(actor, "seats.session.create", Role.ADMINISTRATOR);
        if (session == null) {
            throw InvalidInputException.of("session", "is required");
        }
        return write(() -> {
            SeatSession stored = SeatRecords.session(storage.seatSessions().insert(SeatRecords.record(session)));
            audit.record(actor, SESSION_TYPE, stored.id().value(), "created", List.of(
                    new FieldChange("type", null, stored.type().name()),
                    new FieldChange("quota", null, String.valueOf(stored.quota())),
                    new FieldChange("rotation", null, stored.rotation().toString())));
            return stored;
        });
    }

    /**
     * A session as {@code actor} may see it: whole for an administrator or a pilot of its company; for a
     * manager of its company, only the learners they manage (other holders' slots are {@link Slot#hidden()
     * hidden}, other waiting learners left out).
     */
    public SeatSession session(Actor actor, SessionId id) {
        SeatSession session = load(id);
        requireRead(actor, session);
        return mayManage(actor, session) ? session : session.seenBy(managedBy(actor));
    }

    public Page<SeatSession> sessionsOf(Actor actor, CompanyId company, PageRequest page) {
        if (company == null) {
            throw InvalidInputException.of("company", "is required");
        }
        requireCompany(actor, company);
        return storage.seatSessions().findByCompany(company.value(), page).map(SeatRecords::session);
    }

    public SeatSession changeQuota(Actor actor, SessionId id, int quota, long expectedVersion) {
        SeatSession.checkQuota(quota);
        return versioned(actor, id, expectedVersion, "quota-changed", s -> s.withQuota(quota), true);
    }

    public SeatSession setRotation(Actor actor, SessionId id, Rotation rotation, long expectedVersion) {
        if (rotation == null) {
            throw InvalidInputException.of("rotation", "is required");
        }
        return versioned(actor, id, expectedVersion, "rotation-set", s -> s.withRotation(rotation), false);
    }

    /** Seed 003: the manual workaround turned into one operation that checks the quota first. */
    public SeatSession convertToLicences(Actor actor, SessionId id, int quota, long expectedVersion) {
        SeatSession.checkQuota(quota);
        return versioned(actor, id, expectedVersion, "converted-to-licences", s -> s.convertedToLicences(quota), true);
    }

    public SessionMember addMember(Actor actor, SessionId id, UserId user, SessionRole role) {
        if (user == null) {
            throw InvalidInputException.of("userId", "is required");
        }
        if (role == null) {
            throw InvalidInputException.of("role", "is required");
        }
        return retrying(() -> write(() -> {
            SeatSession session = load(id);
            requireManage(actor, session);
            if (session.isExpiredOn(today())) {
                refuse(actor, new org.lmskit.core.error.RuleRefusedException(SeatRules.EXPIRED, "expiryDate",
                        "session '" + session.reference() + "' has expired"));
            }
            if (findMember(session, user).isPresent()) {
                throw new ConflictException(ConflictException.ALREADY_EXISTS,
                        user + " is already a member of '" + session.reference() + "'", null);
            }
            if (role.learns()) {
                storage.seatSessions().update(SeatRecords.record(guard(actor, session::withLearningMemberAdded)));
            }
            SessionMember member = SeatRecords.member(storage.sessionMembers().insert(new SessionMemberRecord(
                    id.value(), user.value(), role.name(), audit.now(), Optional.empty(), Optional.empty(), 0)));
            audit.record(actor, SESSION_TYPE, id.value(), "member-added",
                    List.of(new FieldChange("member", null, user.value() + ":" + role)));
            return member;
        }));
    }

    /** The session's members; a manager sees only the members they manage. */
    public List<SessionMember> members(Actor actor, SessionId id) {
        SeatSession session = load(id);
        requireRead(actor, session);
        List<SessionMember> members = storage.sessionMembers().findBySessions(List.of(id.value())).stream()
                .map(SeatRecords::member).toList();
        return mayManage(actor, session) ? members
                : members.stream().filter(m -> managedBy(actor).test(m.user())).toList();
    }

    public SeatSession assignSlot(Actor actor, SessionId id, UserId user) {
        return slotChange(actor, id, user, "slot-assigned", (session, day) -> {
            requireMember(actor, session, user);
            return session.assign(user, day);
        });
    }

    public SeatSession releaseSlot(Actor actor, SessionId id, UserId user) {
        return slotChange(actor, id, user, "slot-released", (session, day) -> session.release(user));
    }

    public SeatSession addWaiting(Actor actor, SessionId id, UserId user) {
        return slotChange(actor, id, user, "waiting-added", (session, day) -> {
            requireMember(actor, session, user);
            return session.addWaiting(user);
        });
    }

    public SeatSession removeWaiting(Actor actor, SessionId id, UserId user) {
        return slotChange(actor, id, user, "waiting-removed", (session, day) -> session.removeWaiting(user));
    }

    public SeatSession moveWaiting(Actor actor, SessionId id, UserId user, int position) {
        return slotChange(actor, id, user, "waiting-moved", (session, day) -> session.moveWaiting(user, position));
    }

    /** Records that a member finished the path: natural rotation hands their slot over on the next daily run. */
    public SessionMember pathCompleted(Actor actor, SessionId id, UserId user, LocalDate day) {
        Instants.check("day", day);
        SeatSession session = load(id);
        if (!actor.id().equals(user)) {
            requireManage(actor, session);
        }
        return retrying(() -> write(() -> {
            SessionMember member = findMember(session, user).orElseThrow(() -> new NotFoundException("session-member",
                    id + "/" + user));
            return SeatRecords.member(storage.sessionMembers().update(SeatRecords.record(new SessionMember(member.session(),
                    member.user(), member.role(), member.joinedAt(), member.lastConnectionAt(), Optional.of(day),
                    member.version()))));
        }));
    }

    /** The acting user connected now: every membership of theirs records it. */
    public void connected(Actor actor) {
        Instant now = audit.now();
        for (SessionMemberRecord membership : storage.sessionMembers().findByUser(actor.id().value())) {
            retrying(() -> write(() -> {
                SessionMemberRecord current = storage.sessionMembers().find(membership.sessionId(), membership.userId())
                        .orElseThrow();
                return storage.sessionMembers().update(new SessionMemberRecord(current.sessionId(), current.userId(),
                        current.role(), current.joinedAt(), Optional.of(now), current.pathCompletedOn(), current.version()));
            }));
        }
    }

    /** Whether a user may follow the path through this session on a day. */
    public boolean hasAccess(SessionId id, UserId user, LocalDate day) {
        Instants.check("day", day);
        SeatSession session = load(id);
        return access(session, findMember(session, user).orElse(null), day);
    }

    /** Who may follow the path through this session on a day. */
    public List<UserId> withAccess(Actor actor, SessionId id, LocalDate day) {
        Instants.check("day", day);
        SeatSession session = load(id);
        requireRead(actor, session);
        java.util.function.Predicate<UserId> visible = mayManage(actor, session) ? user -> true : managedBy(actor);
        return storage.sessionMembers().findBySessions(List.of(id.value())).stream().map(SeatRecords::member)
                .filter(m -> access(session, m, day)).map(SessionMember::user).filter(visible).toList();
    }

    /** Seed 003: learners not expired and not connected for at least 3 weeks, in one session. */
    public Page<SessionMember> inactive(Actor actor, SessionId id, PageRequest page) {
        SeatSession session = load(id);
        requireRead(actor, session);
        List<String> running = session.isExpiredOn(today()) ? List.of() : List.of(id.value());
        if (mayManage(actor, session)) {
            return inactiveIn(running, page);
        }
        if (page == null) {
            throw InvalidInputException.of("page", "is required");
        }
        // A manager sees only their own learners: filter the session's inactive members, then slice.
        java.util.function.Predicate<UserId> mine = managedBy(actor);
        List<SessionMember> theirs = new ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<SessionMember> slice = inactiveIn(running, new PageRequest(offset, PageRequest.MAX_LIMIT));
            slice.items().stream().filter(m -> mine.test(m.user())).forEach(theirs::add);
            if (!slice.hasNext()) {
                break;
            }
        }
        int from = (int) Math.min(page.offset(), theirs.size());
        int to = (int) Math.min((long) from + page.limit(), theirs.size());
        return new Page<>(theirs.subList(from, to), theirs.size(), page);
    }

    /** The same across every running session of a company. */
    public Page<SessionMember> inactiveInCompany(Actor actor, CompanyId company, PageRequest page) {
        if (company == null) {
            throw InvalidInputException.of("company", "is required");
        }
        requireCompany(actor, company);
        return inactiveIn(storage.seatSessions().findRunning(company.value(), today()).stream()
                .map(SeatSessionRecord::sessionId).toList(), page);
    }

    /**
     * Runs every due rotation of every slot session for a day. Safe to run twice (the second run
     * changes nothing) and from several runners at once (each session is a compare-and-set; a runner
     * that loses re-plans from the winner's state, which has nothing left to do).
     */
    public DailyRotationReport runDailyRotation(Actor actor, LocalDate day) {
        requireRole(actor, "seats.daily-job.run", Role.ADMINISTRATOR);
        Instants.check("day", day);
        List<DailyRotationReport.SessionRotation> rotations = new ArrayList<>();
        int examined = 0;
        Optional<String> after = Optional.empty();
        while (true) {
            List<SeatSessionRecord> due = storage.seatSessions().findRotationDue(new RotationDueQuery(day, after, JOB_PAGE));
            if (due.isEmpty()) {
                break;
            }
            after = Optional.of(due.get(due.size() - 1).sessionId());
            Map<String, Map<UserId, SessionMember>> members = naturalMembers(due);
            for (SeatSessionRecord record : due) {
                examined++;
                rotate(actor, SeatRecords.session(record), day, members.getOrDefault(record.sessionId(), Map.of()))
                        .ifPresent(rotations::add);
            }
        }
        DailyRotationReport report = new DailyRotationReport(day, examined, rotations);
        events.publish(new SeatEvent.DailyRotationCompleted(audit.now(), day, examined, report.assignments()));
        return report;
    }

    private Optional<DailyRotationReport.SessionRotation> rotate(Actor actor, SeatSession session, LocalDate day,
                                                                 Map<UserId, SessionMember> members) {
        SeatSession current = session;
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            RotationPlanner.Plan plan = planner.plan(current, day, members);
            if (!plan.changes()) {
                return Optional.empty();
            }
            try {
                write(() -> {
                    storage.seatSessions().update(SeatRecords.record(plan.session()));
                    audit.record(actor, SESSION_TYPE, session.id().value(), "rotated", plan.releases().stream()
                            .map(r -> new FieldChange("slot " + r.slot(), r.user().value(),
                                    plan.assignments().stream().filter(a -> a.slot() == r.slot()).findFirst()
                                            .map(a -> a.user().value()).orElse(null)))
                            .toList());
                    return null;
                });
            } catch (ConflictException lost) {
                current = load(session.id());
                continue;
            }
            Instant now = audit.now();
            plan.releases().forEach(r -> events.publish(new SeatEvent.SlotReleased(now, r.session(), r.slot(), r.user(),
                    r.reason())));
            plan.assignments().forEach(a -> events.publish(new SeatEvent.SlotAssigned(now, a.session(), a.slot(),
                    a.user(), day, a.reason())));
            return Optional.of(new DailyRotationReport.SessionRotation(session.id(), plan.assignments(), plan.releases()));
        }
        return Optional.empty();
    }

    private Map<String, Map<UserId, SessionMember>> naturalMembers(List<SeatSessionRecord> due) {
        List<String> natural = due.stream().filter(r -> r.rotationMode().equals("NATURAL") && !r.waiting().isEmpty())
                .map(SeatSessionRecord::sessionId).toList();
        Map<String, Map<UserId, SessionMember>> bySession = new HashMap<>();
        for (SessionMemberRecord record : storage.sessionMembers().findBySessions(natural)) {
            SessionMember member = SeatRecords.member(record);
            bySession.computeIfAbsent(record.sessionId(), k -> new HashMap<>()).put(member.user(), member);
        }
        return bySession;
    }

    private interface SlotOperation {
        SeatSession apply(SeatSession session, LocalDate day);
    }

    private SeatSession slotChange(Actor actor, SessionId id, UserId user, String action, SlotOperation operation) {
        if (user == null) {
            throw InvalidInputException.of("userId", "is required");
        }
        SeatSession before = load(id);
        requireManage(actor, before);
        LocalDate day = today();
        Changed changed = retrying(() -> write(() -> {
            SeatSession current = load(id);
            SeatSession next = guard(actor, () -> operation.apply(current, day));
            SeatSession stored = SeatRecords.session(storage.seatSessions().update(SeatRecords.record(next)));
            audit.record(actor, SESSION_TYPE, id.value(), action, List.of(new FieldChange("member", null, user.value())));
            return new Changed(current, stored);
        }));
        publishSlotChanges(changed.before(), changed.after(), day);
        return changed.after();
    }

    private record Changed(SeatSession before, SeatSession after) {
    }

    private void publishSlotChanges(SeatSession before, SeatSession after, LocalDate day) {
        Instant now = audit.now();
        for (int i = 0; i < after.slots().size() && i < before.slots().size(); i++) {
            Slot was = before.slots().get(i);
            Slot is = after.slots().get(i);
            if (!was.holder().equals(is.holder())) {
                was.holder().ifPresent(u -> events.publish(new SeatEvent.SlotReleased(now, after.id(), was.number(), u,
                        SlotChange.Reason.MANUAL)));
                is.holder().ifPresent(u -> events.publish(new SeatEvent.SlotAssigned(now, after.id(), is.number(), u, day,
                        SlotChange.Reason.MANUAL)));
            }
        }
    }

    private SeatSession versioned(Actor actor, SessionId id, long expectedVersion, String action,
                                  UnaryOperator<SeatSession> change, boolean adminOnly) {
        SeatSession current = load(id);
        if (adminOnly) {
            requireRole(actor, "seats.session.change", Role.ADMINISTRATOR);
        } else {
            requireManage(actor, current);
        }
        SeatSession atVersion = new SeatSession(current.id(), current.reference(), current.company(), current.pathId(),
                current.type(), current.startDate(), current.expiryDate(), current.quota(), current.learningMembers(),
                current.rotation(), current.slots(), current.waiting(), current.lastRotatedOn(), expectedVersion);
        SeatSession next = guard(actor, () -> change.apply(atVersion));
        return write(() -> {
            SeatSession stored = SeatRecords.session(storage.seatSessions().update(SeatRecords.record(next)));
            audit.record(actor, SESSION_TYPE, id.value(), action, List.of(
                    new FieldChange("type", current.type().name(), stored.type().name()),
                    new FieldChange("quota", String.valueOf(current.quota()), String.valueOf(stored.quota())),
                    new FieldChange("rotation", current.rotation().toString(), stored.rotation().toString())));
            return stored;
        });
    }

    private Page<SessionMember> inactiveIn(List<String> sessionIds, PageRequest page) {
        if (page == null) {
            throw InvalidInputException.of("page", "is required");
        }
        Set<String> learning = Arrays.stream(SessionRole.values()).filter(SessionRole::learns).map(Enum::name)
                .collect(Collectors.toSet());
        if (sessionIds.isEmpty()) {
            return new Page<>(List.of(), 0, page);
        }
        return storage.sessionMembers().findInactive(new InactiveMembersQuery(Set.copyOf(sessionIds), learning,
                audit.now().minus(INACTIVITY), page)).map(SeatRecords::member);
    }

    private static boolean access(SeatSession session, SessionMember member, LocalDate day) {
        if (member == null || !session.isRunningOn(day)) {
            return false;
        }
        return session.type() == SessionType.LICENCES ? member.role().learns()
                : session.slotOf(member.user()).isPresent();
    }

    private void requireMember(Actor actor, SeatSession session, UserId user) {
        if (findMember(session, user).isEmpty()) {
            refuse(actor, new org.lmskit.core.error.RuleRefusedException(SeatRules.NOT_MEMBER, "userId",
                    user + " is not a member of '" + session.reference() + "'"));
        }
    }

    private Optional<SessionMember> findMember(SeatSession session, UserId user) {
        return storage.sessionMembers().find(session.id().value(), user.value()).map(SeatRecords::member);
    }

    private boolean mayManage(Actor actor, SeatSession session) {
        return actor.has(Role.ADMINISTRATOR)
                || actor.has(Role.PILOT) && directory.companyOf(actor.id()).filter(session.company()::equals).isPresent();
    }

    private void requireManage(Actor actor, SeatSession session) {
        requireActor(actor);
        if (!mayManage(actor, session)) {
            refuse(actor, new PermissionDeniedException("seats.session.manage",
                    "only an administrator or a pilot of " + session.company() + " manages this session"));
        }
    }

    /** Administrators and the company's pilots read a session whole; the company's managers read their learners in it. */
    private void requireRead(Actor actor, SeatSession session) {
        requireActor(actor);
        boolean companyManager = actor.has(Role.MANAGER)
                && directory.companyOf(actor.id()).filter(session.company()::equals).isPresent();
        if (!mayManage(actor, session) && !companyManager) {
            refuse(actor, new PermissionDeniedException("seats.session.read",
                    "only administrators, pilots and managers of " + session.company() + " see this session"));
        }
    }

    private java.util.function.Predicate<UserId> managedBy(Actor manager) {
        return user -> directory.managersOf(user).contains(manager.id());
    }

    private void requireCompany(Actor actor, CompanyId company) {
        requireActor(actor);
        boolean pilot = actor.has(Role.PILOT) && directory.companyOf(actor.id()).filter(company::equals).isPresent();
        if (!actor.has(Role.ADMINISTRATOR) && !pilot) {
            refuse(actor, new PermissionDeniedException("seats.company.read",
                    "only an administrator or a pilot of " + company + " sees its sessions"));
        }
    }

    private void requireRole(Actor actor, String rule, Role role) {
        requireActor(actor);
        if (!actor.has(role)) {
            refuse(actor, new PermissionDeniedException(rule, "needs the role " + role));
        }
    }

    private static void requireActor(Actor actor) {
        if (actor == null) {
            throw InvalidInputException.of("actor", "is required");
        }
    }

    private <T> T guard(Actor actor, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (org.lmskit.core.error.RuleRefusedException refused) {
            refuse(actor, refused);
            throw refused;
        }
    }

    private void refuse(Actor actor, LmsException refusal) {
        events.publish(new SeatEvent.Refused(audit.now(), actor.id(), refusal.code(), refusal.getMessage()));
        throw refusal;
    }

    private SeatSession load(SessionId id) {
        if (id == null) {
            throw InvalidInputException.of("sessionId", "is required");
        }
        return storage.seatSessions().find(id.value()).map(SeatRecords::session)
                .orElseThrow(() -> new NotFoundException(SESSION_TYPE, id.value()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private <T> T write(java.util.function.Supplier<T> work) {
        return StoreCalls.inTransaction(storage.transactions(), work);
    }

    /** Re-runs a compare-and-set that lost a race; the operation re-reads and re-checks its rules. */
    private static <T> T retrying(java.util.function.Supplier<T> work) {
        return StoreCalls.retryingLostRaces(StoreCalls.CROWD_RETRIES, false, work);
    }
}
