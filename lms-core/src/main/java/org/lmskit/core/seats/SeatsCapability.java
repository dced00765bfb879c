package org.lmskit.core.seats;

import org.lmskit.core.assembly.Ports;
import org.lmskit.core.internal.Operations;

/**
 * The licence and slot sessions capability (seed 003), assembled once by {@code Lms}: session administration,
 * the slot desk (slots and waiting list), memberships and access, and the daily rotation job.
 */
public final class SeatsCapability {
    private final SessionAdministration sessions;
    private final SlotDesk slots;
    private final Memberships members;
    private final DailyRotation rotation;

    private SeatsCapability(SeatContext ctx) {
        sessions = new SessionAdministration(ctx);
        slots = new SlotDesk(ctx);
        members = new Memberships(ctx);
        rotation = new DailyRotation(ctx);
    }

    /** {@code workingDays} tells rhythmic rotations without weekends which days count. */
    public static SeatsCapability assemble(Ports ports, WorkingDayCalendar workingDays) {
        return new SeatsCapability(new SeatContext(ports.storage(), Operations.of(ports, "seats", SeatEvent.Refused::new),
                ports.directory(), ports.clock(), workingDays));
    }

    /** Creating sessions, their quota, rotation and conversion to licences; reading them. */
    public SessionAdministration sessions() {
        return sessions;
    }

    /** Slots and the waiting list, changed by hand. */
    public SlotDesk slots() {
        return slots;
    }

    /** Members, access on a day, path completion, connections, inactivity. */
    public Memberships members() {
        return members;
    }

    /** The daily job running every due rotation. */
    public DailyRotation rotation() {
        return rotation;
    }
}
