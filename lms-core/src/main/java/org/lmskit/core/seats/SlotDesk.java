package org.lmskit.core.seats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.audit.FieldChange;

/**
 * A slot session's slots and waiting list, changed by hand by its managers (seed 003). Each change is a
 * compare-and-set on the session, retried on a lost race, so no session ever holds more slots than it bought.
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
        return slotChange(actor, id, user, "slot-assigned", (session, day) -> {
            requireMember(actor, session, user);
            return session.assign(user, day);
        });
    }

    /** Frees the member's slot. */
    public SeatSession releaseSlot(Actor actor, SessionId id, UserId user) {
        return slotChange(actor, id, user, "slot-released", (session, day) -> session.release(user));
    }

    /** Puts a member at the end of the waiting list. */
    public SeatSession addWaiting(Actor actor, SessionId id, UserId user) {
        return slotChange(actor, id, user, "waiting-added", (session, day) -> {
            requireMember(actor, session, user);
            return session.addWaiting(user);
        });
    }

    /** Takes a member off the waiting list. */
    public SeatSession removeWaiting(Actor actor, SessionId id, UserId user) {
        return slotChange(actor, id, user, "waiting-removed", (session, day) -> session.removeWaiting(user));
    }

    /** Moves a waiting member to a position of the list (1: first). */
    public SeatSession moveWaiting(Actor actor, SessionId id, UserId user, int position) {
        return slotChange(actor, id, user, "waiting-moved", (session, day) -> session.moveWaiting(user, position));
    }

    private interface SlotOperation {
        SeatSession apply(SeatSession session, LocalDate day);
    }

    private SeatSession slotChange(Actor actor, SessionId id, UserId user, String action, SlotOperation operation) {
        if (user == null) {
            throw InvalidInputException.of("userId", "is required");
        }
        SeatSession before = ctx.load(id);
        ctx.ops.permit(actor, a -> ctx.access.manage(a, before));
        LocalDate day = ctx.today();
        Changed changed = ctx.ops.writeRetrying(false, (() -> {
            SeatSession current = ctx.load(id);
            SeatSession next = ctx.guard(actor, () -> operation.apply(current, day));
            SeatSession stored = SeatRecords.session(ctx.storage.seatSessions().update(SeatRecords.record(next)));
            ctx.audit.record(actor, SeatContext.SESSION_TYPE, id.value(), action, List.of(new FieldChange("member", null, user.value())));
            return new Changed(current, stored);
        }));
        publishSlotChanges(changed.before(), changed.after(), day);
        return changed.after();
    }

    private record Changed(SeatSession before, SeatSession after) {
    }

    private void publishSlotChanges(SeatSession before, SeatSession after, LocalDate day) {
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

    private void requireMember(Actor actor, SeatSession session, UserId user) {
        if (ctx.findMember(session, user).isEmpty()) {
            throw ctx.ops.refuse(actor, new org.lmskit.core.error.RuleRefusedException(SeatRefusals.NOT_MEMBER, "userId",
                    user + " is not a member of '" + session.reference() + "'"));
        }
    }

}
