package org.lmskit.spi;

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
 * One adapter's set of stores, sharing one {@link Transactions}: what a host hands the library.
 * Each store serves one aggregate; see the store interfaces for their contracts.
 */
public interface StorageProvider extends AutoCloseable {

    StorageCapabilities capabilities();

    Transactions transactions();

    AuditTrailStore auditTrail();

    GradingTableStore gradingTables();

    CertificationPathStore certificationPaths();

    AchievementStore achievements();

    CaseStudyAttemptStore caseStudies();

    QuestionBankStore questions();

    ProgramQuizAttemptStore programQuizAttempts();

    LearningQuizStore learningQuizzes();

    CertificateStore certificates();

    SeatSessionStore seatSessions();

    SessionMemberStore sessionMembers();

    CompetencyCatalogStore competencyCatalog();

    FrameworkStore competencyFrameworks();

    JobAssignmentStore jobAssignments();

    PositioningStore positionings();

    InterimReviewStore interimReviews();

    JobRunStore jobRuns();

    CandidateStore candidates();

    FollowUpCardStore followUpCards();

    CourseCatalogStore courseCatalog();

    EnrolmentStore enrolments();

    LessonProgressStore lessonProgress();

    /**
     * The transactional outbox, for hosts that turn on the library's at-least-once event delivery; an adapter without
     * one keeps this default, and the library then refuses to be built with the outbox on.
     */
    default OutboxStore outbox() {
        throw new UnsupportedOperationException(capabilities().name() + " storage has no outbox");
    }

    /** Releases what the adapter holds (connection pools); the default holds nothing. */
    @Override
    default void close() {
    }
}
