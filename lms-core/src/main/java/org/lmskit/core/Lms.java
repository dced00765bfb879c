package org.lmskit.core;

import java.time.Clock;
import java.util.Objects;
import org.lmskit.core.audit.AuditService;
import org.lmskit.core.certification.CertificationService;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.internal.AuditWriter;
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
 * lms.certification().grade(new BigDecimal("11.995")).level(); // BRONZE
 * }</pre>
 */
public final class Lms {
    private final StorageCapabilities storageCapabilities;
    private final Clock clock;
    private final CertificationService certification;
    private final AuditService audit;

    private Lms(Builder builder) {
        StorageProvider storage = builder.storage;
        this.storageCapabilities = storage.capabilities();
        this.clock = builder.clock;
        AuditWriter auditWriter = new AuditWriter(storage.auditTrail(), clock);
        this.certification = new CertificationService(storage.gradingTables(), storage.transactions(), auditWriter,
                builder.eventPublisher);
        this.audit = new AuditService(storage.auditTrail());
    }

    public static Builder builder() {
        return new Builder();
    }

    public CertificationService certification() {
        return certification;
    }

    public AuditService audit() {
        return audit;
    }

    public StorageCapabilities storageCapabilities() {
        return storageCapabilities;
    }

    public Clock clock() {
        return clock;
    }

    /** Collects the ports; only the storage is required. */
    public static final class Builder {
        private StorageProvider storage;
        private Clock clock = Clock.systemUTC();
        private EventPublisher eventPublisher = EventPublisher.noop();

        private Builder() {
        }

        /** The adapter holding the library's data: {@code InMemoryStorage.create()}, a {@code JdbcStorage}, or your own. */
        public Builder storage(StorageProvider storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** Where every "now" comes from; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder eventPublisher(EventPublisher eventPublisher) {
            this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
            return this;
        }

        public Lms build() {
            if (storage == null) {
                throw new IllegalStateException("Lms needs a storage: pass InMemoryStorage.create() from lms-inmemory, "
                        + "a JdbcStorage from lms-jdbc, or your own StorageProvider to Lms.builder().storage(...)");
            }
            return new Lms(this);
        }
    }
}
