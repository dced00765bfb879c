package org.lmskit.spi.seats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.spi.Required;

/** A member of a session with their role, last connection and the day they finished the path. */
public record SessionMemberRecord(String sessionId, String userId, String role, Instant joinedAt,
                                  Optional<Instant> lastConnectionAt, Optional<LocalDate> pathCompletedOn, long version) {
    public SessionMemberRecord {
        Required.fields("sessionId userId role joinedAt lastConnectionAt pathCompletedOn",
                sessionId, userId, role, joinedAt, lastConnectionAt, pathCompletedOn);
    }

    public SessionMemberRecord withVersion(long newVersion) {
        return new SessionMemberRecord(sessionId, userId, role, joinedAt, lastConnectionAt, pathCompletedOn, newVersion);
    }
}
