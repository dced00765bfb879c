package org.lmskit.spring.boot;

import org.lmskit.core.Lms;
import org.lmskit.spi.StorageProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code /actuator/health/lmskit}: up when the storage answers. Details: the storage's name, whether it is persistent,
 * the schema version (PostgreSQL: the last applied migration, read from the database, which is also the reachability
 * check) and this node's last daily job.
 */
public final class LmsHealthIndicator extends AbstractHealthIndicator {
    private final Lms lms;
    private final StorageProvider storage;
    private final DailyRotationTracker tracker;

    public LmsHealthIndicator(Lms lms, StorageProvider storage, DailyRotationTracker tracker) {
        super("lmskit storage health check failed");
        this.lms = lms;
        this.storage = storage;
        this.tracker = tracker;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("storage", lms.storageCapabilities().name())
                .withDetail("persistent", lms.storageCapabilities().persistent());
        if (storage.getClass().getName().equals("org.lmskit.jdbc.JdbcStorage")) {
            builder.withDetail("schemaVersion", ((org.lmskit.jdbc.JdbcStorage) storage).schemaVersion());
        }
        tracker.last().ifPresentOrElse(run -> builder.withDetail("lastDailyRotation", java.util.Map.of(
                        "day", run.day().toString(), "endedAt", run.endedAt().toString(),
                        "sessionsExamined", run.sessionsExamined(), "slotsHandedOver", run.slotsHandedOver())),
                () -> builder.withDetail("lastDailyRotation", "none on this node since it started"));
        builder.up();
    }
}
