package org.lmskit.core.certification;

import org.lmskit.core.directory.Directory;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.IdGenerator;
import org.lmskit.core.notification.Notifier;
import org.lmskit.spi.StorageProvider;

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
        certificates = new CertificateService(ctx);
        caseStudies = new CaseStudyService(ctx, certification, achievements, certificates);
        programQuizzes = new ProgramQuizService(ctx, achievements);
        learningQuizzes = new LearningQuizService(ctx, lessonViews);
    }

    public static CertificationCapability assemble(StorageProvider storage, AuditWriter audit, EventPublisher events,
                                                   Notifier notifier, Directory directory, IdGenerator ids,
                                                   CertificationSettings settings, LessonViews lessonViews) {
        return new CertificationCapability(
                new CertificationContext(storage, audit, events, notifier, directory, ids, settings), lessonViews);
    }

    public CertificationService certification() {
        return certification;
    }

    public AchievementService achievements() {
        return achievements;
    }

    public CaseStudyService caseStudies() {
        return caseStudies;
    }

    public ProgramQuizService programQuizzes() {
        return programQuizzes;
    }

    public LearningQuizService learningQuizzes() {
        return learningQuizzes;
    }

    public CertificateService certificates() {
        return certificates;
    }
}
