package org.lmskit.spi.competency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * A positioning about to be appended.
 *
 * @param levelCode empty for "not applicable"
 * @param source {@code SELF}, {@code EVALUATION}, {@code OBSERVATION}, {@code MANAGER}, {@code SUPERVISOR}, {@code REVIEW}
 */
public record NewPositioningRecord(String learnerId, String competencyCode, Optional<String> levelCode, String source,
                                   String actorId, Instant at, Optional<BigDecimal> score, Optional<String> comment) {
    public NewPositioningRecord {
        Required.fields("learnerId competencyCode levelCode source actorId at score comment",
                learnerId, competencyCode, levelCode, source, actorId, at, score, comment);
    }
}
