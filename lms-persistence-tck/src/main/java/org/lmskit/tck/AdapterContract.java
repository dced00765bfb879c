package org.lmskit.tck;

import org.junit.jupiter.api.Nested;
import org.lmskit.spi.StorageProvider;

/**
 * The whole contract of a {@link StorageProvider}, one {@code @Nested} suite per store plus transactions. An
 * adapter's test suite is one class:
 *
 * <pre>{@code
 * class InMemoryStorageTest extends AdapterContract {
 *     protected StorageProvider newStorage() {
 *         return InMemoryStorage.create();
 *     }
 * }
 * }</pre>
 *
 * A new store's contract added here runs on every adapter at once.
 */
public abstract class AdapterContract {

    /** Returns storage holding no data: a new instance, or a shared one emptied. */
    protected abstract StorageProvider newStorage();

    @Nested
    class Achievement extends AchievementStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class AuditTrail extends AuditTrailStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class Candidate extends CandidateStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class CaseStudyAttempt extends CaseStudyAttemptStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class Certificate extends CertificateStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class CertificationPath extends CertificationPathStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class CompetencyCatalog extends CompetencyCatalogStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class CourseCatalog extends CourseCatalogStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class Enrolment extends EnrolmentStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class FollowUpCard extends FollowUpCardStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class Framework extends FrameworkStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class GradingTable extends GradingTableStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class InterimReview extends InterimReviewStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class JobAssignment extends JobAssignmentStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class JobRun extends JobRunStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class LearningQuiz extends LearningQuizStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class LessonProgress extends LessonProgressStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class Outbox extends OutboxStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class Positioning extends PositioningStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class ProgramQuizAttempt extends ProgramQuizAttemptStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class QuestionBank extends QuestionBankStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class SeatSession extends SeatSessionStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class SessionMember extends SessionMemberStoreContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }

    @Nested
    class Transactions extends TransactionsContract {
        @Override
        protected StorageProvider newStorage() {
            return AdapterContract.this.newStorage();
        }
    }
}
