package org.lmskit.core.certification;

import org.lmskit.core.assembly.Ports;
import org.lmskit.core.internal.Operations;

/** The certification capability's services, assembled once from the library's ports. */
public final class CertificationCapability {
    private final CertificationService certification;
    private final AchievementService achievements;
    private final CaseStudyService caseStudies;
    private final ProgramQuizService programQuizzes;
    private final LearningQuizService learningQuizzes;
    private final CertificateService certificates;

    private CertificationCapability(CertificationContext ctx, LessonViews lessonViews) {
        certification = new CertificationService(ctx);
        achievements = new AchievementService(ctx, certification);
        certificates = new CertificateService(ctx, certification);
        caseStudies = new CaseStudyService(ctx, certification, achievements, certificates);
        programQuizzes = new ProgramQuizService(ctx, achievements);
        learningQuizzes = new LearningQuizService(ctx, lessonViews);
    }

    /** {@code lessonViews} tells learning quizzes which lessons each learner viewed; nobody hears of finished paths. */
    public static CertificationCapability assemble(Ports ports, CertificationSettings settings, LessonViews lessonViews) {
        return assemble(ports, settings, lessonViews, PathCompletions.none());
    }

    /**
     * {@code lessonViews} tells learning quizzes which lessons each learner viewed; {@code pathCompletions} hears,
     * inside the correcting transaction, that a learner finished a path (seed 003: the corrected case study).
     */
    public static CertificationCapability assemble(Ports ports, CertificationSettings settings, LessonViews lessonViews,
                                                   PathCompletions pathCompletions) {
        return new CertificationCapability(new CertificationContext(ports, settings,
                Operations.required("pathCompletions", pathCompletions)), lessonViews);
    }

    /** Grading, grading tables and path set-ups. */
    public CertificationService grading() {
        return certification;
    }

    /** Theme badges, workshops and case-study eligibility. */
    public AchievementService achievements() {
        return achievements;
    }

    /** Case studies: answers, submission, correction, reviews. */
    public CaseStudyService caseStudies() {
        return caseStudies;
    }

    /** Adaptive program quizzes that validate a theme. */
    public ProgramQuizService programQuizzes() {
        return programQuizzes;
    }

    /** Learning quizzes on the lessons a learner viewed. */
    public LearningQuizService learningQuizzes() {
        return learningQuizzes;
    }

    /** Certificates issued, revoked, exported as Open Badges. */
    public CertificateService certificates() {
        return certificates;
    }
}
