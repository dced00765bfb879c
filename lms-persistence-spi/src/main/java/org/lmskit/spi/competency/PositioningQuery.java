package org.lmskit.spi.competency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The positionings of these learners with {@code from <= at <= to} (each bound optional), ordered by (at, id). */
public record PositioningQuery(Set<String> learnerIds, Optional<Instant> from, Optional<Instant> to) {
    public PositioningQuery {
        learnerIds = Set.copyOf(learnerIds);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
