package org.lmskit.core.certification;

import java.util.Set;

/**
 * The life of a final case study: answered at the learner's pace, submitted once, corrected; at
 * 11/20 the learner may ask once for a review, whose grade replaces the first.
 */
public enum CaseStudyStatus {
    IN_PROGRESS,
    SUBMITTED,
    CORRECTED,
    REVIEW_REQUESTED,
    REVIEWED;

    /** Seed 003's life of a case study: in progress, submitted, corrected, review requested (at 11/20), reviewed. */
    public Set<CaseStudyStatus> next() {
        return switch (this) {
            case IN_PROGRESS -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(CORRECTED);
            case CORRECTED -> Set.of(REVIEW_REQUESTED);
            case REVIEW_REQUESTED -> Set.of(REVIEWED);
            case REVIEWED -> Set.of();
        };
    }

    /** Whether a case study in this status may move to {@code target}. */
    public boolean canMoveTo(CaseStudyStatus target) {
        return next().contains(target);
    }
}
