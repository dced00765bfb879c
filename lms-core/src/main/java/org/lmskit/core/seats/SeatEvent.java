package org.lmskit.core.seats;

import java.time.Instant;
import java.time.LocalDate;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/** What the seats capability publishes; {@link SlotAssigned} is what a host turns into the seed's welcome e-mail. */
public sealed interface SeatEvent extends LmsEvent {

    record SlotAssigned(Instant occurredAt, SessionId session, int slot, UserId user, LocalDate day,
                        SlotChange.Reason reason) implements SeatEvent {
    }

    record SlotReleased(Instant occurredAt, SessionId session, int slot, UserId user, SlotChange.Reason reason)
            implements SeatEvent {
    }

    record DailyRotationCompleted(Instant occurredAt, LocalDate day, int sessionsExamined, int assignments)
            implements SeatEvent {
    }

    record Refused(Instant occurredAt, UserId actor, String rule, String reason) implements SeatEvent {
    }
}
