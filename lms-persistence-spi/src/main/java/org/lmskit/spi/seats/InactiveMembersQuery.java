package org.lmskit.spi.seats;

import java.time.Instant;
import java.util.Set;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.Required;

/**
 * Members of these sessions, with one of these roles, whose last connection (or, never connected,
 * whose joining) is at or before {@code quietSince}; ordered by session id then user id.
 */
public record InactiveMembersQuery(Set<String> sessionIds, Set<String> roles, Instant quietSince, PageRequest page) {
    public InactiveMembersQuery {
        sessionIds = Set.copyOf(sessionIds);
        roles = Set.copyOf(roles);
        Required.fields("quietSince page", quietSince, page);
    }
}
