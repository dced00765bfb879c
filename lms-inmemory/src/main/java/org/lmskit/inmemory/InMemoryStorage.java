package org.lmskit.inmemory;

import org.lmskit.spi.StorageCapabilities;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.Transactions;
import org.lmskit.spi.adaptive.CourseCatalogStore;
import org.lmskit.spi.adaptive.EnrolmentStore;
import org.lmskit.spi.adaptive.LessonProgressStore;
import org.lmskit.spi.audit.AuditTrailStore;
import org.lmskit.spi.certification.AchievementStore;
import org.lmskit.spi.certification.CaseStudyAttemptStore;
import org.lmskit.spi.certification.CertificateStore;
import org.lmskit.spi.certification.CertificationPathStore;
import org.lmskit.spi.certification.GradingTableStore;
import org.lmskit.spi.certification.LearningQuizStore;
import org.lmskit.spi.certification.ProgramQuizAttemptStore;
import org.lmskit.spi.certification.QuestionBankStore;
import org.lmskit.spi.competency.CompetencyCatalogStore;
import org.lmskit.spi.competency.FrameworkStore;
import org.lmskit.spi.competency.InterimReviewStore;
import org.lmskit.spi.competency.JobAssignmentStore;
import org.lmskit.spi.competency.PositioningStore;
import org.lmskit.spi.jobs.JobRunStore;
import org.lmskit.spi.outbox.OutboxStore;
import org.lmskit.spi.recruitment.CandidateStore;
import org.lmskit.spi.recruitment.FollowUpCardStore;
import org.lmskit.spi.seats.SeatSessionStore;
import org.lmskit.spi.seats.SessionMemberStore;

/**
 * Every store in memory, sharing one lock: reads run in parallel, writes one at a time, and a
 * transaction holds the write lock from start to end, so it is serializable and rolls back by
 * undoing its writes in reverse order. Nothing survives the process.
 */
public final class InMemoryStorage implements StorageProvider {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryAuditTrailStore auditTrail = new InMemoryAuditTrailStore(transactions);
    private final InMemoryGradingTableStore gradingTables = new InMemoryGradingTableStore(transactions);
    private final InMemoryJobRunStore jobRuns = new InMemoryJobRunStore(transactions);
    private final InMemoryOutboxStore outbox = new InMemoryOutboxStore(transactions);
    private final InMemoryCertificationPathStore certificationPaths = new InMemoryCertificationPathStore(transactions);
    private final InMemoryAchievementStore achievements =
            new InMemoryAchievementStore(transactions);
    private final InMemoryCaseStudyAttemptStore caseStudies =
            new InMemoryCaseStudyAttemptStore(transactions);
    private final InMemoryQuestionBankStore questions = new InMemoryQuestionBankStore(transactions);
    private final InMemoryProgramQuizAttemptStore quizAttempts =
            new InMemoryProgramQuizAttemptStore(transactions);
    private final InMemoryLearningQuizStore learningQuizzes =
            new InMemoryLearningQuizStore(transactions);
    private final InMemoryCertificateStore certificates =
            new InMemoryCertificateStore(transactions);

    private final InMemorySeatSessionStore seatSessions = new InMemorySeatSessionStore(transactions);
    private final InMemorySessionMemberStore sessionMembers = new InMemorySessionMemberStore(transactions);

    private final InMemoryCompetencyCatalogStore competencyCatalog = new InMemoryCompetencyCatalogStore(transactions);
    private final InMemoryFrameworkStore frameworks = new InMemoryFrameworkStore(transactions);
    private final InMemoryJobAssignmentStore jobAssignments = new InMemoryJobAssignmentStore(transactions);
    private final InMemoryPositioningStore positionings = new InMemoryPositioningStore(transactions);
    private final InMemoryInterimReviewStore interimReviews = new InMemoryInterimReviewStore(transactions);

    private final InMemoryCandidateStore candidates = new InMemoryCandidateStore(transactions);
    private final InMemoryFollowUpCardStore followUpCards = new InMemoryFollowUpCardStore(transactions, candidates);

    private final InMemoryCourseCatalogStore courseCatalog = new InMemoryCourseCatalogStore(transactions);
    private final InMemoryEnrolmentStore enrolments = new InMemoryEnrolmentStore(transactions);
    private final InMemoryLessonProgressStore lessonProgress = new InMemoryLessonProgressStore(transactions);

    private InMemoryStorage() {
    }

    public static InMemoryStorage create() {
        return new InMemoryStorage();
    }

    @Override
    public StorageCapabilities capabilities() {
        return new StorageCapabilities("in-memory", false, false);
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public AuditTrailStore auditTrail() {
        return auditTrail;
    }

    @Override
    public GradingTableStore gradingTables() {
        return gradingTables;
    }

    @Override
    public OutboxStore outbox() {
        return outbox;
    }

    @Override
    public JobRunStore jobRuns() {
        return jobRuns;
    }

    @Override
    public CandidateStore candidates() {
        return candidates;
    }

    @Override
    public FollowUpCardStore followUpCards() {
        return followUpCards;
    }

    @Override
    public CourseCatalogStore courseCatalog() {
        return courseCatalog;
    }

    @Override
    public EnrolmentStore enrolments() {
        return enrolments;
    }

    @Override
    public LessonProgressStore lessonProgress() {
        return lessonProgress;
    }

    @Override
    public CertificationPathStore certificationPaths() {
        return certificationPaths;
    }

    @Override
    public AchievementStore achievements() {
        return achievements;
    }

    @Override
    public CaseStudyAttemptStore caseStudies() {
        return caseStudies;
    }

    @Override
    public QuestionBankStore questions() {
        return questions;
    }

    @Override
    public ProgramQuizAttemptStore programQuizAttempts() {
        return quizAttempts;
    }

    @Override
    public LearningQuizStore learningQuizzes() {
        return learningQuizzes;
    }

    @Override
    public CertificateStore certificates() {
        return certificates;
    }

    @Override
    public SeatSessionStore seatSessions() {
        return seatSessions;
    }

    @Override
    public SessionMemberStore sessionMembers() {
        return sessionMembers;
    }

    @Override
    public CompetencyCatalogStore competencyCatalog() {
        return competencyCatalog;
    }

    @Override
    public FrameworkStore competencyFrameworks() {
        return frameworks;
    }

    @Override
    public JobAssignmentStore jobAssignments() {
        return jobAssignments;
    }

    @Override
    public PositioningStore positionings() {
        return positionings;
    }

    @Override
    public InterimReviewStore interimReviews() {
        return interimReviews;
    }
}
