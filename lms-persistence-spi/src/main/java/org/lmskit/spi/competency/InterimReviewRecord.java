package org.lmskit.spi.competency;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.spi.Required;

/**
 * An interim review ("bilan intermédiaire"): a level per competency (or not applicable), findings
 * ("constats") and advice ("conseils"), and its status ({@code DRAFT}, {@code FINAL}).
 */
public record InterimReviewRecord(String reviewId, String learnerId, String status, Map<String, String> levels,
                                  Set<String> notApplicable, String findings, String advice, String authorId,
                                  Instant createdAt, Optional<Instant> finalizedAt, Optional<String> finalizedBy,
                                  long version) {
    public InterimReviewRecord {
        Required.fields("reviewId learnerId status findings advice authorId createdAt finalizedAt finalizedBy",
                reviewId, learnerId, status, findings, advice, authorId, createdAt, finalizedAt, finalizedBy);
        levels = Map.copyOf(levels);
        notApplicable = Set.copyOf(notApplicable);
    }

    public InterimReviewRecord withVersion(long newVersion) {
        return new InterimReviewRecord(reviewId, learnerId, status, levels, notApplicable, findings, advice, authorId,
                createdAt, finalizedAt, finalizedBy, newVersion);
    }
}
