package org.lmskit.core.seats;

import java.util.function.UnaryOperator;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;

/**
 * Licence and slot sessions as the platform sets them up (seed 003): creation, the quota, the rotation, the
 * conversion to licences, and reading a session as the actor may see it.
 */
public final class SessionAdministration {
    private final SeatContext ctx;

    SessionAdministration(SeatContext ctx) {
        this.ctx = ctx;
    }

    /** Creates a licence or slot session (seed 003); the platform (an administrator) only. */
    public SeatSession createSession(Actor actor, SeatSession session) {
        ctx.ops.permit(actor, a -> ctx.access.role(a, "seats.session.create", Role.ADMINISTRATOR));
        if (session == null) {
            throw InvalidInputException.of("session", "is required");
        }
        return ctx.ops.write(() -> {
            SeatSession stored = SeatRecords.session(ctx.storage.seatSessions().insert(SeatRecords.record(session)));
            ctx.audit.record(actor, SeatContext.SESSION_TYPE, stored.id().value(), "created",
                    Operations.fieldChanges(java.util.Map.of(), audited(stored)));
            return stored;
        });
    }

    /**
     * A session as {@code actor} may see it: whole for an administrator or a pilot of its company; for a
     * manager of its company, only the learners they manage (other holders' slots are {@link Slot#hidden()
     * hidden}, other waiting learners left out).
     */
    public SeatSession session(Actor actor, SessionId id) {
        Operations.requireActor(actor);
        Operations.required("sessionId", id);
        return ctx.ops.read(() -> {
            SeatSession session = ctx.load(id);
            ctx.ops.permit(actor, a -> ctx.access.read(a, session));
            return ctx.access.manage(actor, session).isAllowed() ? session : session.seenBy(ctx.managedBy(actor));
        });
    }

    /** A company's sessions, for an administrator or a pilot of the company. */
    public Page<SeatSession> sessionsOf(Actor actor, CompanyId company, PageRequest page) {
        if (company == null) {
            throw InvalidInputException.of("company", "is required");
        }
        ctx.ops.permit(actor, a -> ctx.access.company(a, company));
        return ctx.storage.seatSessions().findByCompany(company.value(), page).map(SeatRecords::session);
    }

    /**
     * Changes the quota from the version read; never below the seats already taken (administrators only). In a
     * rotating session the new slots go at once to the first waiting members.
     */
    public SeatSession changeQuota(Actor actor, SessionId id, int quota, long expectedVersion) {
        SeatSession.checkQuota(quota);
        return versioned(actor, id, expectedVersion, "quota-changed", s -> s.withQuota(quota), true,
                SlotChange.Reason.QUOTA_RAISED);
    }

    /**
     * Sets the rotation (none, natural, every N days) from the version read; by those who manage the session. A
     * session that starts rotating hands its free slots (and, naturally, the slots of holders who finished the
     * path) to the waiting list at once.
     */
    public SeatSession setRotation(Actor actor, SessionId id, Rotation rotation, long expectedVersion) {
        if (rotation == null) {
            throw InvalidInputException.of("rotation", "is required");
        }
        return versioned(actor, id, expectedVersion, "rotation-set", s -> s.withRotation(rotation), false,
                SlotChange.Reason.ROTATION_STARTED);
    }

    /** Seed 003: the manual workaround turned into one operation that checks the quota first. */
    public SeatSession convertToLicences(Actor actor, SessionId id, int quota, long expectedVersion) {
        SeatSession.checkQuota(quota);
        return versioned(actor, id, expectedVersion, "converted-to-licences", s -> s.convertedToLicences(quota), true,
                SlotChange.Reason.SLOT_RELEASED);
    }

    private SeatSession versioned(Actor actor, SessionId id, long expectedVersion, String action,
                                  UnaryOperator<SeatSession> change, boolean adminOnly, SlotChange.Reason freedBy) {
        if (adminOnly) {
            ctx.ops.permit(actor, a -> ctx.access.role(a, "seats.session.change", Role.ADMINISTRATOR));
        }
        // read, checked and changed in one transaction
        return ctx.ops.write(() -> {
            SeatSession current = ctx.load(id);
            if (!adminOnly) {
                ctx.ops.permit(actor, a -> ctx.access.manage(a, current));
            }
            SeatSession atVersion = new SeatSession(current.id(), current.reference(), current.company(),
                    current.pathId(), current.type(), current.startDate(), current.expiryDate(), current.quota(),
                    current.learningMembers(), current.rotation(), current.slots(), current.waiting(),
                    current.lastRotatedOn(), expectedVersion);
            SeatSession next = ctx.guard(actor, () -> change.apply(atVersion));
            // only the fields that changed: a new quota does not re-record the rotation
            ctx.audit.record(actor, SeatContext.SESSION_TYPE, id.value(), action,
                    Operations.fieldChanges(audited(current), audited(next)));
            return ctx.storeHandingOver(actor, next, true, ctx.today(), freedBy).session();
        });
    }


    /** What the audit trail states of a session's settings. */
    private static java.util.Map<String, String> audited(SeatSession session) {
        return Operations.fields("type", session.type().name(), "quota", session.quota(),
                "rotation", SeatContext.describe(session.rotation()));
    }
}
