package org.lmskit.spi.seats;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.lmskit.spi.PageRequest;

/**
 * Members of these sessions, with one of these roles, whose last connection (or, never connected,
 * whose joining) is at or before {@code quietSince}; ordered by session id then user id.
 */
public record InactiveMembersQuery(Set<String> sessionIds, Set<String> roles, Instant quietSince, PageRequest page) {
    public InactiveMembersQuery {
        sessionIds = Set.copyOf(sessionIds);
        roles = Set.copyOf(roles);
        Objects.requireNonNull(quietSince, "quietSince");
        Objects.requireNonNull(page, "page");
    }
}
