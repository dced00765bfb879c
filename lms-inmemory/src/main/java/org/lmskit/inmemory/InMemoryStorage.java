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
import org.lmskit.spi.competency.InterimReviewStore;
import org.lmskit.spi.competency.JobAssignmentStore;
import org.lmskit.spi.competency.PositioningStore;
import org.lmskit.spi.jobs.JobRunStore;
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
    private final InMemoryCertificationStores.Paths certificationPaths = new InMemoryCertificationStores.Paths(transactions);
    private final InMemoryCertificationStores.Achievements achievements =
            new InMemoryCertificationStores.Achievements(transactions);
    private final InMemoryCertificationStores.CaseStudies caseStudies =
            new InMemoryCertificationStores.CaseStudies(transactions);
    private final InMemoryCertificationStores.Questions questions = new InMemoryCertificationStores.Questions(transactions);
    private final InMemoryCertificationStores.QuizAttempts quizAttempts =
            new InMemoryCertificationStores.QuizAttempts(transactions);
    private final InMemoryCertificationStores.LearningQuizzes learningQuizzes =
            new InMemoryCertificationStores.LearningQuizzes(transactions);
    private final InMemoryCertificationStores.Certificates certificates =
            new InMemoryCertificationStores.Certificates(transactions);

    private final InMemorySeatStores.Sessions seatSessions = new InMemorySeatStores.Sessions(transactions);
    private final InMemorySeatStores.Members sessionMembers = new InMemorySeatStores.Members(transactions);

    private final InMemoryCompetencyStores.Catalog competencyCatalog = new InMemoryCompetencyStores.Catalog(transactions);
    private final InMemoryCompetencyStores.Assignments jobAssignments = new InMemoryCompetencyStores.Assignments(transactions);
    private final InMemoryCompetencyStores.Positionings positionings = new InMemoryCompetencyStores.Positionings(transactions);
    private final InMemoryCompetencyStores.Reviews interimReviews = new InMemoryCompetencyStores.Reviews(transactions);

    private final InMemoryRecruitmentStores.Candidates candidates = new InMemoryRecruitmentStores.Candidates(transactions);
    private final InMemoryRecruitmentStores.Cards followUpCards = new InMemoryRecruitmentStores.Cards(transactions, candidates);

    private final InMemoryAdaptiveStores.Catalog courseCatalog = new InMemoryAdaptiveStores.Catalog(transactions);
    private final InMemoryAdaptiveStores.Enrolments enrolments = new InMemoryAdaptiveStores.Enrolments(transactions);
    private final InMemoryAdaptiveStores.Progress lessonProgress = new InMemoryAdaptiveStores.Progress(transactions);

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
