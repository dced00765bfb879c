package org.lmskit.spi.seats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A member of a session with their role, last connection and the day they finished the path. */
public record SessionMemberRecord(String sessionId, String userId, String role, Instant joinedAt,
                                  Optional<Instant> lastConnectionAt, Optional<LocalDate> pathCompletedOn, long version) {
    public SessionMemberRecord {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(lastConnectionAt, "lastConnectionAt");
        Objects.requireNonNull(pathCompletedOn, "pathCompletedOn");
    }

    public SessionMemberRecord withVersion(long newVersion) {
        return new SessionMemberRecord(sessionId, userId, role, joinedAt, lastConnectionAt, pathCompletedOn, newVersion);
    }
}
