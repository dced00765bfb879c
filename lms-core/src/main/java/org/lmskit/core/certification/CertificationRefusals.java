package org.lmskit.core.certification;

/** The machine-readable codes of the certification capability's refusals. */
public final class CertificationRefusals {
    public static final String NOT_ELIGIBLE = "certification.case-study.not-eligible";
    public static final String NOT_CERTIFYING = "certification.path.not-certifying";
    public static final String WRONG_STATUS = "certification.case-study.status";
    public static final String UNANSWERED = "certification.case-study.unanswered";
    public static final String REVIEW_GRADE = "certification.review.grade";
    public static final String REVIEW_ONCE = "certification.review.once";
    public static final String QUIZ_PERFECT_SCORE = "certification.quiz.perfect-score";
    public static final String QUIZ_IMPROVEMENT_USED = "certification.quiz.improvement-used";
    public static final String QUIZ_NOT_ENOUGH_QUESTIONS = "certification.quiz.not-enough-questions";
    public static final String QUIZ_FINISHED = "certification.quiz.finished";
    public static final String QUIZ_WRONG_QUESTION = "certification.quiz.not-the-current-question";
    public static final String CERTIFICATE_REVOKED = "certification.certificate.revoked";

    private CertificationRefusals() {
    }
}
