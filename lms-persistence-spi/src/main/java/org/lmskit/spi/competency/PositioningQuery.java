package org.lmskit.spi.competency;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.lmskit.spi.Required;

/**
 * The positionings of these learners with {@code from <= at <= to} (each bound optional), grouped by
 * learner (each learner's positionings contiguous, learners in any order), each learner's in (at, id)
 * order.
 */
public record PositioningQuery(Set<String> learnerIds, Optional<Instant> from, Optional<Instant> to) {
    public PositioningQuery {
        learnerIds = Set.copyOf(learnerIds);
        Required.fields("from to", from, to);
    }
}
