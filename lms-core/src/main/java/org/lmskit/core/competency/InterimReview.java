package org.lmskit.core.competency;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.ReviewId;
import org.lmskit.core.id.UserId;

/** An interim review ("bilan intermédiaire"): a position per competency, findings ("constats"), advice ("conseils"). */
public record InterimReview(ReviewId id, UserId learner, ReviewStatus status, Map<CompetencyCode, LevelValue> positions,
                            String findings, String advice, UserId author, Instant createdAt,
                            Optional<Instant> finalizedAt, Optional<UserId> finalizedBy, long version) {
    public InterimReview {
        positions = Map.copyOf(positions);
    }
}
