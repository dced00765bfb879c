package org.lmskit.core.competency;

/** The machine-readable codes of the competency capability's refusals. */
public final class CompetencyRefusals {
    public static final String POSITION = "competency.position";
    public static final String NO_JOB = "competency.no-target-job";
    public static final String REVIEW_STATUS = "competency.review.status";
    public static final String REVIEW_UNLOCK = "competency.review.unlock";

    private CompetencyRefusals() {
    }
}
