package org.lmskit.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;
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
 * Every store on PostgreSQL. Several application nodes may share one database: versions are
 * checked in the {@code UPDATE}, and once-only work is claimed through the primary key.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.builder()
 *         .jdbcUrl("jdbc:postgresql://db/lms").username("lms").password(secret)
 *         .migrate(true)
 *         .build();
 * }</pre>
 */
public final class JdbcStorage implements StorageProvider {
    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final JdbcTransactions transactions;
    private final JdbcAuditTrailStore auditTrail;
    private final JdbcGradingTableStore gradingTables;
    private final JdbcJobRunStore jobRuns;
    private final JdbcOutboxStore outbox;
    private final JdbcCandidateStore candidates;
    private final JdbcFollowUpCardStore followUpCards;
    private final JdbcCourseCatalogStore courseCatalog;
    private final JdbcEnrolmentStore enrolments;
    private final JdbcLessonProgressStore lessonProgress;
    private final JdbcCertificationPathStore certificationPaths;
    private final JdbcAchievementStore achievements;
    private final JdbcCaseStudyAttemptStore caseStudies;
    private final JdbcQuestionBankStore questions;
    private final JdbcProgramQuizAttemptStore programQuizAttempts;
    private final JdbcLearningQuizStore learningQuizzes;
    private final JdbcCertificateStore certificates;
    private final JdbcSeatSessionStore seatSessions;
    private final JdbcSessionMemberStore sessionMembers;
    private final JdbcCompetencyCatalogStore competencyCatalog;
    private final JdbcFrameworkStore frameworks;
    private final JdbcJobAssignmentStore jobAssignments;
    private final JdbcPositioningStore positionings;
    private final JdbcInterimReviewStore interimReviews;
    private final String schemaVersion;

    private JdbcStorage(DataSource dataSource, HikariDataSource ownedPool, boolean migrate) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        try {
            this.schemaVersion = new SchemaMigrator(dataSource).prepare(migrate).getVersion();
        } catch (RuntimeException e) {
            if (ownedPool != null) {
                ownedPool.close();
            }
            throw e;
        }
        this.transactions = new JdbcTransactions(dataSource);
        this.auditTrail = new JdbcAuditTrailStore(transactions);
        this.gradingTables = new JdbcGradingTableStore(transactions);
        this.jobRuns = new JdbcJobRunStore(transactions);
        this.outbox = new JdbcOutboxStore(transactions);
        this.candidates = new JdbcCandidateStore(transactions);
        this.followUpCards = new JdbcFollowUpCardStore(transactions);
        this.courseCatalog = new JdbcCourseCatalogStore(transactions);
        this.enrolments = new JdbcEnrolmentStore(transactions);
        this.lessonProgress = new JdbcLessonProgressStore(transactions);
        this.certificationPaths = new JdbcCertificationPathStore(transactions);
        this.achievements = new JdbcAchievementStore(transactions);
        this.caseStudies = new JdbcCaseStudyAttemptStore(transactions);
        this.questions = new JdbcQuestionBankStore(transactions);
        this.programQuizAttempts = new JdbcProgramQuizAttemptStore(transactions);
        this.learningQuizzes = new JdbcLearningQuizStore(transactions);
        this.certificates = new JdbcCertificateStore(transactions);
        this.seatSessions = new JdbcSeatSessionStore(transactions);
        this.sessionMembers = new JdbcSessionMemberStore(transactions);
        this.competencyCatalog = new JdbcCompetencyCatalogStore(transactions);
        this.frameworks = new JdbcFrameworkStore(transactions);
        this.jobAssignments = new JdbcJobAssignmentStore(transactions);
        this.positionings = new JdbcPositioningStore(transactions);
        this.interimReviews = new JdbcInterimReviewStore(transactions);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public StorageCapabilities capabilities() {
        return new StorageCapabilities("postgresql", true, true);
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
        return programQuizAttempts;
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

    /** The schema version in force, e.g. {@code 1}. */
    public String schemaVersion() {
        return schemaVersion;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the connection pool if this storage made it; a data source the host passed stays open. */
    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    /** Either a {@link DataSource} the host owns, or a JDBC URL for a HikariCP pool this storage owns. */
    public static final class Builder {
        private DataSource dataSource;
        private String jdbcUrl;
        private String username;
        private String password;
        private int maximumPoolSize = 10;
        private boolean migrate;

        private Builder() {
        }

        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        public Builder jdbcUrl(String jdbcUrl) {
            this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder maximumPoolSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("maximumPoolSize must be 1 or more, was " + size);
            }
            this.maximumPoolSize = size;
            return this;
        }

        /** Apply the shipped migrations on start; off by default, so production schema changes stay deliberate. */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        public JdbcStorage build() {
            if ((dataSource == null) == (jdbcUrl == null)) {
                throw new IllegalStateException("JdbcStorage needs exactly one of dataSource(...) or jdbcUrl(...)");
            }
            if (dataSource != null) {
                return new JdbcStorage(dataSource, null, migrate);
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(username);
            config.setPassword(password);
            config.setMaximumPoolSize(maximumPoolSize);
            config.setPoolName("lmskit");
            // a request waits at most 5 s for a connection, then fails instead of piling up behind a full pool
            config.setConnectionTimeout(5_000);
            // how the database names these sessions (pg_stat_activity), and a batch of inserts sent as one statement
            config.addDataSourceProperty("ApplicationName", "lmskit");
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            HikariDataSource pool = new HikariDataSource(config);
            return new JdbcStorage(pool, pool, migrate);
        }
    }
}
