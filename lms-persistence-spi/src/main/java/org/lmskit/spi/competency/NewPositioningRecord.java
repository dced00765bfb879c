package org.lmskit.spi.competency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A positioning about to be appended.
 *
 * @param levelCode empty for "not applicable"
 * @param source {@code SELF}, {@code EVALUATION}, {@code OBSERVATION}, {@code MANAGER}, {@code SUPERVISOR}, {@code REVIEW}
 */
public record NewPositioningRecord(String learnerId, String competencyCode, Optional<String> levelCode, String source,
                                   String actorId, Instant at, Optional<BigDecimal> score, Optional<String> comment) {
    public NewPositioningRecord {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(competencyCode, "competencyCode");
        Objects.requireNonNull(levelCode, "levelCode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(comment, "comment");
    }
}
