package org.lmskit.core.seats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;

/**
 * A slot session's slots and waiting list, changed by hand by its managers (seed 003). Each change is a
 * compare-and-set on the session, retried on a lost race, so no session ever holds more slots than it bought.
 * In a rotating session (natural or rhythmic) a slot that comes free goes to the first waiting member in the
 * same transaction ({@link RotationPlanner#atOnce}); without rotation, assignment stays manual ("Attribuer un slot").
 */
public final class SlotDesk {
    private final SeatContext ctx;

    SlotDesk(SeatContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Gives a free slot to a member; refused when every slot is taken (the session never holds more than it bought).
     */
    public SeatSession assignSlot(Actor actor, SessionId id, UserId user) {
        Operations.requireActor(actor);
        Operations.required("sessionId", id);
        Operations.required("user", user);
        return slotChange(actor, id, user, "slot-assigned", SlotChange.Reason.SLOT_RELEASED, (session, day) -> {
            requireMember(actor, session, user);
            return session.assign(user, day);
        });
    }

    /** Frees the member's slot; in a rotating session it goes at once to the first waiting member. */
    public SeatSession releaseSlot(Actor actor, SessionId id, UserId user) {
        Operations.requireActor(actor);
        Operations.required("sessionId", id);
        Operations.required("user", user);
        return slotChange(actor, id, user, "slot-released", SlotChange.Reason.SLOT_RELEASED,
                (session, day) -> session.release(user));
    }

    /**
     * Puts a member at the end of the waiting list; in a rotating session with a free slot (or, under natural
     * rotation, a holder who finished the path) they take it at once if they are first.
     */
    public SeatSession addWaiting(Actor actor, SessionId id, UserId user) {
        Operations.requireActor(actor);
        Operations.required("sessionId", id);
        Operations.required("user", user);
        return slotChange(actor, id, user, "waiting-added", SlotChange.Reason.WAITING_LIST_JOINED, (session, day) -> {
            SessionMember member = requireMember(actor, session, user);
            if (session.rotation() instanceof Rotation.Natural && member.completedBy(day)) {
                throw new RuleRefusedException(SeatRefusals.PATH_COMPLETED, "userId", user
                        + " finished the path: under natural rotation they have no slot to wait for");
            }
            return session.addWaiting(user);
        });
    }

    /** Takes a member off the waiting list. */
    public SeatSession removeWaiting(Actor actor, SessionId id, UserId user) {
        Operations.requireActor(actor);
        Operations.required("sessionId", id);
        Operations.required("user", user);
        return slotChange(actor, id, user, "waiting-removed", SlotChange.Reason.SLOT_RELEASED,
                (session, day) -> session.removeWaiting(user));
    }

    /** Moves a waiting member to a position of the list (1: first). */
    public SeatSession moveWaiting(Actor actor, SessionId id, UserId user, int position) {
        Operations.requireActor(actor);
        Operations.required("sessionId", id);
        Operations.required("user", user);
        return slotChange(actor, id, user, "waiting-moved", SlotChange.Reason.SLOT_RELEASED,
                (session, day) -> session.moveWaiting(user, position));
    }

    private interface SlotOperation {
        SeatSession apply(SeatSession session, LocalDate day);
    }

    /**
     * One manual change, then the hand-overs it makes due at once ({@code freedBy} names why a slot came free),
     * in one transaction: the manual change is published as {@link SlotChange.Reason#MANUAL}, each hand-over
     * with its own reason, once it commits.
     */
    private SeatSession slotChange(Actor actor, SessionId id, UserId user, String action, SlotChange.Reason freedBy,
                                   SlotOperation operation) {
        LocalDate day = ctx.today();
        return ctx.ops.writeRetrying(false, (() -> {
            SeatSession current = ctx.load(id);
            ctx.ops.permit(actor, a -> ctx.access.manage(a, current));
            SeatSession changed = ctx.guard(actor, () -> operation.apply(current, day));
            ctx.audit.record(actor, SeatContext.SESSION_TYPE, id.value(), action, SeatContext.changes(current, changed));
            publishManualChanges(current, changed, day);
            return ctx.storeHandingOver(actor, changed, true, day, freedBy).session();
        }));
    }

    private void publishManualChanges(SeatSession before, SeatSession after, LocalDate day) {
        Instant now = ctx.ops.now();
        for (int i = 0; i < after.slots().size() && i < before.slots().size(); i++) {
            Slot was = before.slots().get(i);
            Slot is = after.slots().get(i);
            if (!was.holder().equals(is.holder())) {
                was.holder().ifPresent(u -> ctx.ops.publish(new SeatEvent.SlotReleased(now, after.id(), was.number(), u,
                        SlotChange.Reason.MANUAL)));
                is.holder().ifPresent(u -> ctx.ops.publish(new SeatEvent.SlotAssigned(now, after.id(), is.number(), u, day,
                        SlotChange.Reason.MANUAL)));
            }
        }
    }

    private SessionMember requireMember(Actor actor, SeatSession session, UserId user) {
        return ctx.findMember(session, user).orElseThrow(() -> ctx.ops.refuse(actor, new RuleRefusedException(
                SeatRefusals.NOT_MEMBER, "userId", user + " is not a member of '" + session.reference() + "'")));
    }

}
