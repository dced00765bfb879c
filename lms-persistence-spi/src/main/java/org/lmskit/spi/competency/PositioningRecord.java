package org.lmskit.spi.competency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A stored positioning; never edited or deleted. Ids grow with each append. */
public record PositioningRecord(long id, String learnerId, String competencyCode, Optional<String> levelCode,
                                String source, String actorId, Instant at, Optional<BigDecimal> score,
                                Optional<String> comment) {

    public static PositioningRecord of(long id, NewPositioningRecord p) {
        return new PositioningRecord(id, p.learnerId(), p.competencyCode(), p.levelCode(), p.source(), p.actorId(),
                p.at(), p.score(), p.comment());
    }
}
