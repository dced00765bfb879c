package org.lmskit.core.seats;

import java.time.Instant;
import java.time.LocalDate;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/** What the seats capability publishes; {@link SlotAssigned} is what a host turns into the seed's welcome e-mail. */
public sealed interface SeatEvent extends LmsEvent {

    /** A member got slot {@code slot} on {@code day}, and why; the host sends the welcome e-mail. */
    record SlotAssigned(Instant occurredAt, SessionId session, int slot, UserId user, LocalDate day,
                        SlotChange.Reason reason) implements SeatEvent {
    }

    /** A member gave slot {@code slot} back, and why. */
    record SlotReleased(Instant occurredAt, SessionId session, int slot, UserId user, SlotChange.Reason reason)
            implements SeatEvent {
    }

    /** A run of the daily job ended: sessions examined, slots handed over. */
    record DailyRotationCompleted(Instant occurredAt, LocalDate day, int sessionsExamined, int assignments)
            implements SeatEvent {
    }

    /** An access rule or a business rule refused an operation; {@code actor} is empty when none was given. */
    record Refused(Instant occurredAt, UserId actor, String rule, String reason) implements SeatEvent {
    }
}
