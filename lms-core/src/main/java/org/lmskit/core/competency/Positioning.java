package org.lmskit.core.competency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.UserId;

/** A learner's level on a competency, from a source, by an actor, at an instant. Never edited: a correction is a new one. */
public record Positioning(long id, UserId learner, CompetencyCode competency, LevelValue level, Source source,
                          UserId actor, Instant at, Optional<BigDecimal> score, Optional<String> comment) {
}
