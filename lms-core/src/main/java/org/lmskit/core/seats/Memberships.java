package org.lmskit.core.seats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.domain.Instants;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.seats.InactiveMembersQuery;
import org.lmskit.spi.seats.SeatSessionRecord;
import org.lmskit.spi.seats.SessionMemberRecord;

/** Who belongs to a session, who may follow its path on a day, who finished it, and who is inactive (seed 003). */
public final class Memberships {
    /** Seed 003: inactive learners have not connected "depuis au moins 3 semaines". */
    public static final Duration INACTIVITY = Duration.ofDays(21);
    private final SeatContext ctx;

    Memberships(SeatContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Adds a member to a session that has not expired; a learning member counts against a licence session's
     * quota (seed 003).
     */
    public SessionMember addMember(Actor actor, SessionId id, UserId user, SessionRole role) {
        Operations.requireActor(actor);
        Operations.required("sessionId", id);
        Operations.required("user", user);
        if (user == null) {
            throw InvalidInputException.of("userId", "is required");
        }
        if (role == null) {
            throw InvalidInputException.of("role", "is required");
        }
        return ctx.ops.writeRetrying(false, (() -> {
            SeatSession session = ctx.load(id);
            ctx.ops.permit(actor, a -> ctx.access.manage(a, session));
            if (session.isExpiredOn(ctx.today())) {
                throw ctx.ops.refuse(actor, new org.lmskit.core.error.RuleRefusedException(SeatRefusals.EXPIRED, "expiryDate",
                        "session '" + session.reference() + "' has expired"));
            }
            if (ctx.findMember(session, user).isPresent()) {
                throw new ConflictException(ConflictException.ALREADY_EXISTS,
                        user + " is already a member of '" + session.reference() + "'", null);
            }
            if (role.learns()) {
                ctx.storage.seatSessions().update(SeatRecords.record(ctx.guard(actor, session::withLearningMemberAdded)));
            }
            SessionMember member = SeatRecords.member(ctx.storage.sessionMembers().insert(new SessionMemberRecord(
                    id.value(), user.value(), role.name(), ctx.ops.now(), Optional.empty(), Optional.empty(), 0)));
            ctx.audit.record(actor, SeatContext.SESSION_TYPE, id.value(), "member-added",
                    List.of(new FieldChange("member", null, user.value() + ":" + role)));
            return member;
        }));
    }

    /** The session's members; a manager sees only the members they manage. */
    public List<SessionMember> members(Actor actor, SessionId id) {
        Operations.requireActor(actor);
        Operations.required("sessionId", id);
        return ctx.ops.read(() -> {
            SeatSession session = ctx.load(id);
            ctx.ops.permit(actor, a -> ctx.access.read(a, session));
            List<SessionMember> members = ctx.storage.sessionMembers().findBySessions(List.of(id.value())).stream()
                    .map(SeatRecords::member).toList();
            return ctx.access.manage(actor, session).isAllowed() ? members
                    : members.stream().filter(m -> ctx.managedBy(actor).test(m.user())).toList();
        });
    }

    /** Records that a member finished the path today (the clock's date): see {@link #pathCompleted(Actor, SessionId, UserId, LocalDate)}. */
    public PathCompletion pathCompleted(Actor actor, SessionId id, UserId user) {
        return pathCompleted(actor, id, user, ctx.today());
    }

    /**
     * Records that a member finished the path on {@code day} (a host reporting a completion it tracks itself, or
     * recorded earlier). Under natural rotation a holder's slot goes to the first waiting member in the same
     * transaction, and the answer names the hand-over; if nobody waits they keep access (seed 003). The member
     * themself, or those who manage the session.
     */
    public PathCompletion pathCompleted(Actor actor, SessionId id, UserId user, LocalDate day) {
        Operations.requireActor(actor);
        Operations.required("userId", user);
        Instants.check("day", day);
        boolean[] manages = {false};
        PathCompletion completion = ctx.ops.writeRetrying(false, () -> {
            SeatSession current = ctx.load(id);
            manages[0] = ctx.access.manage(actor, current).isAllowed();
            if (!actor.id().equals(user)) {
                ctx.ops.permit(actor, a -> ctx.access.manage(a, current));
            }
            return complete(actor, current, ctx.findMember(current, user).orElseThrow(() -> new NotFoundException(
                    "session-member", id + "/" + user)), day);
        });
        if (manages[0]) {
            return completion;
        }
        // the member reporting their own completion learns that their slot went on, not to whom
        Predicate<UserId> self = actor.id()::equals;
        return new PathCompletion(completion.member(), completion.handOvers().stream().map(h -> h.seenBy(self)).toList());
    }

    /**
     * The library's own wiring, not a host's entry point: the certification capability tells, inside the
     * transaction that corrected {@code learner}'s case study, that they finished {@code path}; every running
     * session of that path they belong to records it and hands over at once. {@code actor} (the corrector) was
     * checked by the caller and is only audited.
     */
    public List<PathCompletion> completedPath(Actor actor, UserId learner, PathId path, LocalDate day) {
        Operations.requireActor(actor);
        Operations.required("learner", learner);
        Operations.required("path", path);
        Instants.check("day", day);
        return ctx.ops.write(() -> {
            List<PathCompletion> completions = new ArrayList<>();
            for (SessionMemberRecord membership : ctx.storage.sessionMembers().findByUser(learner.value())) {
                SeatSession session = ctx.load(SessionId.of(membership.sessionId()));
                if (session.pathId().equals(path) && session.isRunningOn(day) && membership.pathCompletedOn().isEmpty()) {
                    completions.add(complete(actor, session, SeatRecords.member(membership), day));
                }
            }
            return List.copyOf(completions);
        });
    }

    /** Inside a write: the member's completion (from the membership read), then the hand-overs it makes owed today. */
    private PathCompletion complete(Actor actor, SeatSession session, SessionMember member, LocalDate day) {
        UserId user = member.user();
        SessionMember done = SeatRecords.member(ctx.storage.sessionMembers().update(SeatRecords.record(new SessionMember(
                member.session(), member.user(), member.role(), member.joinedAt(), member.lastConnectionAt(),
                Optional.of(day), member.version()))));
        ctx.audit.record(actor, SeatContext.SESSION_TYPE, session.id().value(), "path-completed", List.of(
                new FieldChange("pathCompletedOn " + user.value(), member.pathCompletedOn().map(LocalDate::toString)
                        .orElse(null), day.toString())));
        return new PathCompletion(done, ctx.storeHandingOver(actor, session, false, ctx.today(),
                SlotChange.Reason.NATURAL_ROTATION).handOvers());
    }

    /** The acting user connected now: every membership of theirs records it. */
    public void connected(Actor actor) {
        Operations.requireActor(actor);
        Instant now = ctx.ops.now();
        // every membership in one transaction (one commit); a lost race re-reads them all
        ctx.ops.writeRetrying(false, () -> {
            for (SessionMemberRecord current : ctx.storage.sessionMembers().findByUser(actor.id().value())) {
                ctx.storage.sessionMembers().update(new SessionMemberRecord(current.sessionId(), current.userId(),
                        current.role(), current.joinedAt(), Optional.of(now), current.pathCompletedOn(), current.version()));
            }
            return null;
        });
    }

    /** Whether a user may follow the path through this session on a day. */
    public boolean hasAccess(SessionId id, UserId user, LocalDate day) {
        Operations.required("sessionId", id);
        Operations.required("user", user);
        // one read-only transaction for the view's reads
        return ctx.ops.read(() -> {
            Instants.check("day", day);
            SeatSession session = ctx.load(id);
            return SeatContext.access(session, ctx.findMember(session, user).orElse(null), day);
        });
    }

    /** Who may follow the path through this session on a day. */
    public List<UserId> withAccess(Actor actor, SessionId id, LocalDate day) {
        Operations.requireActor(actor);
        Operations.required("sessionId", id);
        // one read-only transaction for the view's reads
        return ctx.ops.read(() -> {
            Instants.check("day", day);
            SeatSession session = ctx.load(id);
            ctx.ops.permit(actor, a -> ctx.access.read(a, session));
            Predicate<UserId> visible = ctx.access.manage(actor, session).isAllowed() ? user -> true : ctx.managedBy(actor);
            return ctx.storage.sessionMembers().findBySessions(List.of(id.value())).stream().map(SeatRecords::member)
                    .filter(m -> SeatContext.access(session, m, day)).map(SessionMember::user).filter(visible).toList();
        });
    }

    /** Seed 003: learners not expired and not connected for at least 3 weeks, in one session. */
    public Page<SessionMember> inactive(Actor actor, SessionId id, PageRequest page) {
        Operations.requireActor(actor);
        Operations.required("sessionId", id);
        // one read-only transaction for the view's reads
        return ctx.ops.read(() -> {
            SeatSession session = ctx.load(id);
            ctx.ops.permit(actor, a -> ctx.access.read(a, session));
            List<String> running = session.isExpiredOn(ctx.today()) ? List.of() : List.of(id.value());
            if (ctx.access.manage(actor, session).isAllowed()) {
                return inactiveIn(running, page);
            }
            if (page == null) {
                throw InvalidInputException.of("page", "is required");
            }
            // A manager sees only their own learners: filter the session's inactive members, then slice.
            Predicate<UserId> mine = ctx.managedBy(actor);
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
        });
    }

    /** The same across every running session of a company. */
    public Page<SessionMember> inactiveInCompany(Actor actor, CompanyId company, PageRequest page) {
        // one read-only transaction for the view's reads
        return ctx.ops.read(() -> {
            if (company == null) {
                throw InvalidInputException.of("company", "is required");
            }
            ctx.ops.permit(actor, a -> ctx.access.company(a, company));
            return inactiveIn(ctx.storage.seatSessions().findRunning(company.value(), ctx.today()).stream()
                    .map(SeatSessionRecord::sessionId).toList(), page);
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
        return ctx.storage.sessionMembers().findInactive(new InactiveMembersQuery(Set.copyOf(sessionIds), learning,
                ctx.ops.now().minus(INACTIVITY), page)).map(SeatRecords::member);
    }

}
