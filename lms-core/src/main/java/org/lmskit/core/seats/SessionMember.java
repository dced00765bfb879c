package org.lmskit.core.seats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/** A member of a session with their role, last connection, and the day they finished the path. */
public record SessionMember(SessionId session, UserId user, SessionRole role, Instant joinedAt,
                            Optional<Instant> lastConnectionAt, Optional<LocalDate> pathCompletedOn, long version) {

    /** Whether the member had finished the path on or before {@code day}. */
    public boolean completedBy(LocalDate day) {
        return pathCompletedOn.filter(done -> !done.isAfter(day)).isPresent();
    }
}
