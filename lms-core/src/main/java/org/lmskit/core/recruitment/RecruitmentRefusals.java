package org.lmskit.core.recruitment;

/** The machine-readable codes of the recruitment capability's refusals. */
public final class RecruitmentRefusals {
    /** A result needs a part of the card that is missing (rejection causes, recruitment follow-up). */
    public static final String FIELD_REQUIRED = "recruitment.card.field-required";
    /** Seed 004: overdue cards block the pool search until they are updated. */
    public static final String OVERDUE_CARDS = "recruitment.pool.overdue-cards";
    /** Access: only recruiters of a known company use the pool and the portfolio. */
    public static final String RECRUITER_ONLY = "recruitment.recruiter-only";
    /** Access: only the commission (administrators) registers candidates. */
    public static final String COMMISSION_ONLY = "recruitment.commission-only";

    private RecruitmentRefusals() {
    }
}
