package org.lmskit.core;

import java.time.Clock;
import java.util.Objects;
import org.lmskit.core.adaptive.AdaptiveCapability;
import org.lmskit.core.assembly.Ports;
import org.lmskit.core.adaptive.AdaptiveSettings;
import org.lmskit.core.adaptive.ProgramQuizOutcomes;
import org.lmskit.core.audit.AuditService;
import java.util.function.Supplier;
import org.lmskit.core.certification.CertificationCapability;
import org.lmskit.core.certification.CertificationSettings;
import org.lmskit.core.certification.LessonViews;
import org.lmskit.core.competency.AcquisitionPolicy;
import org.lmskit.core.competency.CompetencyCapability;
import org.lmskit.core.competency.TrainingCatalog;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.notification.Notifier;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.core.internal.IdGenerator;
import org.lmskit.core.recruitment.RecruitmentCapability;
import org.lmskit.core.recruitment.RecruitmentSettings;
import org.lmskit.core.seats.SeatsCapability;
import org.lmskit.core.seats.WorkingDayCalendar;
import org.lmskit.core.event.EventOutbox;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.event.EventRelay;
import org.lmskit.core.event.OutboxSettings;
import java.util.Optional;
import org.lmskit.spi.StorageCapabilities;
import org.lmskit.spi.StorageProvider;

/**
 * The library, assembled from the host's ports. Thread-safe; build one per application.
 *
 * <pre>{@code
 * Lms lms = Lms.builder()
 *         .storage(InMemoryStorage.create())   // or a JdbcStorage
 *         .clock(Clock.systemUTC())            // optional
 *         .eventPublisher(myPublisher)         // optional, no-op by default
 *         .build();
 * lms.certification().grading().grade(new BigDecimal("11.995")).level(); // BRONZE
 * }</pre>
 */
public final class Lms {
    private final StorageCapabilities storageCapabilities;
    private final Clock clock;
    private final CertificationCapability certification;
    private final AuditService audit;
    private final SeatsCapability seats;
    private final CompetencyCapability competencies;
    private final RecruitmentCapability recruitment;
    private final AdaptiveCapability adaptive;
    private final EventOutbox events;

    private Lms(Builder builder) {
        StorageProvider storage = builder.storage;
        this.storageCapabilities = storage.capabilities();
        this.clock = builder.clock;
        Optional<EventRelay> relay = Optional.ofNullable(builder.outbox).map(settings -> new EventRelay(
                storage.outbox(), builder.eventPublisher, StandardEventCodec.standard(), builder.clock, settings,
                builder.observer));
        this.events = new EventOutbox(relay, relay.isPresent() ? storage.outbox() : null, clock);
        Ports ports = new Ports(storage, clock, builder.eventPublisher, builder.notifier, builder.directory,
                builder.idGenerator::next, relay, builder.observer);
        this.seats = SeatsCapability.assemble(ports, builder.workingDays);
        // a corrected case study finishes the path: natural rotation hands the slot over in the same transaction
        this.certification = CertificationCapability.assemble(ports, builder.certificationSettings,
                builder.lessonViews, seats.members()::completedPath);
        this.audit = new AuditService(storage.auditTrail());
        this.competencies = CompetencyCapability.assemble(ports, builder.acquisitionPolicy, builder.trainingCatalog);
        this.recruitment = RecruitmentCapability.assemble(ports, builder.recruitmentSettings);
        ProgramQuizOutcomes quizzes = builder.programQuizOutcomes != null ? builder.programQuizOutcomes
                : certification.programQuizzes()::passed;
        this.adaptive = AdaptiveCapability.assemble(ports, competencies.acquiredLevels(), quizzes,
                builder.adaptiveSettings);
    }

    /**
     * Starts a library: give it a storage (required) and, as the host needs, a clock, an event publisher, a directory,
     * a notifier and the capabilities' settings.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Certification (seed 003): grading, achievements, case studies, quizzes, certificates. */
    public CertificationCapability certification() {
        return certification;
    }

    /** Scales, competencies, jobs, positionings, gaps, team views and interim reviews. */
    public CompetencyCapability competencies() {
        return competencies;
    }

    /** Licence and slot sessions, waiting lists, rotations and the daily job. */
    public SeatsCapability seats() {
        return seats;
    }

    /** Adaptive courses: auto-completion from acquired competencies, progress across paths, tutoring. */
    public AdaptiveCapability adaptive() {
        return adaptive;
    }

    /** SAR follow-up cards and the candidate pool: result table, deadlines, overdue blocking, searches. */
    public RecruitmentCapability recruitment() {
        return recruitment;
    }

    /**
     * The outbox of events, when it is on ({@link Builder#outbox}): its relay, and what an administrator sees and
     * retries.
     */
    public EventOutbox events() {
        return events;
    }

    /** The audit trail of every change the library made, field by field. */
    public AuditService audit() {
        return audit;
    }

    /**
     * What the storage in use is (its name, whether it persists, whether several nodes may share it), as its adapter
     * declares it.
     */
    public StorageCapabilities storageCapabilities() {
        return storageCapabilities;
    }

    /** The clock every "now" and every "today" of the library comes from. */
    public Clock clock() {
        return clock;
    }

    /** Collects the ports; only the storage is required. */
    public static final class Builder {
        private StorageProvider storage;
        private Clock clock = Clock.systemUTC();
        private EventPublisher eventPublisher = EventPublisher.noop();
        private Notifier notifier = Notifier.noop();
        private Directory directory = Directory.empty();
        private IdGenerator idGenerator = IdGenerator.randomUuids();
        private CertificationSettings certificationSettings = CertificationSettings.ofDefaults();
        private LessonViews lessonViews = LessonViews.none();
        private WorkingDayCalendar workingDays = WorkingDayCalendar.weekdays();
        private AcquisitionPolicy acquisitionPolicy = AcquisitionPolicy.latestValidating();
        private TrainingCatalog trainingCatalog = TrainingCatalog.empty();
        private RecruitmentSettings recruitmentSettings = RecruitmentSettings.ofDefaults();
        private AdaptiveSettings adaptiveSettings = AdaptiveSettings.ofDefaults();
        private ProgramQuizOutcomes programQuizOutcomes;
        private OutboxSettings outbox;
        private LmsObserver observer = LmsObserver.NONE;

        private Builder() {
        }

        /**
         * The adapter holding the library's data: {@code InMemoryStorage.create()}, a {@code JdbcStorage}, or your own.
         */
        public Builder storage(StorageProvider storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** Where every "now" comes from; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Turns the outbox on: a change's events are recorded in its own transaction and {@code lms.events().relay()}
         * delivers them to the event publisher at least once, in order per aggregate, from any node (docs/events.md);
         * start the relay or drain it from your scheduler. Off by default: events go to the publisher once their
         * transaction commits, at most once. Needs a storage with an outbox (both shipped adapters have one).
         */
        public Builder outbox(OutboxSettings settings) {
            this.outbox = Objects.requireNonNull(settings, "outbox");
            return this;
        }

        /**
         * Hears every operation's duration and outcome, every refusal's rule, each daily job run and each event the
         * relay hands over, for the host's metrics ({@code lms-micrometer}'s {@code MicrometerObserver}, say). None
         * by default: nothing is measured.
         */
        public Builder observer(LmsObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /** Where events go once their transaction commits; by default nowhere. */
        public Builder eventPublisher(EventPublisher eventPublisher) {
            this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
            return this;
        }

        /** Delivers the library's messages (mail, SMS); no-op by default. */
        public Builder notifier(Notifier notifier) {
            this.notifier = Objects.requireNonNull(notifier, "notifier");
            return this;
        }

        /** The host's organisation chart (who manages whom); empty by default. */
        public Builder directory(Directory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Where new record ids come from; random UUIDs by default. */
        public Builder idGenerator(Supplier<String> ids) {
            this.idGenerator = new IdGenerator(Objects.requireNonNull(ids, "idGenerator"));
            return this;
        }

        /** Certification's tables and quiz rules; {@link CertificationSettings#ofDefaults()} (seed 003) by default. */
        public Builder certificationSettings(CertificationSettings settings) {
            this.certificationSettings = Objects.requireNonNull(settings, "certificationSettings");
            return this;
        }

        /** The lessons each learner viewed, for learning quizzes; none by default. */
        public Builder lessonViews(LessonViews lessonViews) {
            this.lessonViews = Objects.requireNonNull(lessonViews, "lessonViews");
            return this;
        }

        /** Which days count for rhythmic rotations without weekends; Monday to Friday by default. */
        public Builder workingDays(WorkingDayCalendar calendar) {
            this.workingDays = Objects.requireNonNull(calendar, "workingDays");
            return this;
        }

        /** How an acquired level is decided; the latest validating positioning by default. */
        public Builder acquisitionPolicy(AcquisitionPolicy policy) {
            this.acquisitionPolicy = Objects.requireNonNull(policy, "acquisitionPolicy");
            return this;
        }

        /** Which trainings target a competency, shown for gaps; none by default. */
        public Builder trainingCatalog(TrainingCatalog catalog) {
            this.trainingCatalog = Objects.requireNonNull(catalog, "trainingCatalog");
            return this;
        }

        /** The SAR result table and the commission copied on non-responses; the seed's table and nobody by default. */
        public Builder recruitmentSettings(RecruitmentSettings settings) {
            this.recruitmentSettings = Objects.requireNonNull(settings, "recruitmentSettings");
            return this;
        }

        /** Whether re-adapting reopens lessons whose competencies were lost; off by default. */
        public Builder adaptiveSettings(AdaptiveSettings settings) {
            this.adaptiveSettings = Objects.requireNonNull(settings, "adaptiveSettings");
            return this;
        }

        /** Who passed which theme's program quiz; the library's own program quizzes by default. */
        public Builder programQuizOutcomes(ProgramQuizOutcomes outcomes) {
            this.programQuizOutcomes = Objects.requireNonNull(outcomes, "programQuizOutcomes");
            return this;
        }

        /** The library, assembled once; refused when no storage was given. */
        public Lms build() {
            if (storage == null) {
                throw new IllegalStateException("Lms needs a storage: pass InMemoryStorage.create() from lms-inmemory, "
                        + "a JdbcStorage from lms-jdbc, or your own StorageProvider to Lms.builder().storage(...)");
            }
            if (outbox != null) {
                try {
                    storage.outbox();
                } catch (UnsupportedOperationException none) {
                    throw new IllegalStateException("the outbox is on but " + storage.capabilities().name()
                            + " storage has none: implement StorageProvider.outbox() or leave the outbox off", none);
                }
            }
            return new Lms(this);
        }
    }
}
