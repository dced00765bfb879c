package org.lmskit.spring.boot;

import org.lmskit.core.Lms;
import org.lmskit.spi.StorageProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code /actuator/health/lmskit}: up when the storage answers. Details: the storage's name, whether it is persistent,
 * on PostgreSQL the schema version read from the database at each check (the reachability check: down when no
 * connection answers, or when the version is not the one this lms-jdbc runs on) and this node's last daily job.
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
        boolean answers = !storage.getClass().getName().equals("org.lmskit.jdbc.JdbcStorage")
                || JdbcHealth.check(storage, builder);
        if (answers) {
            builder.up();
        }
        tracker.last().ifPresentOrElse(run -> builder.withDetail("lastDailyRotation", java.util.Map.of(
                        "day", run.day().toString(), "endedAt", run.endedAt().toString(),
                        "sessionsExamined", run.sessionsExamined(), "slotsHandedOver", run.slotsHandedOver())),
                () -> builder.withDetail("lastDailyRotation", "none on this node since it started"));
    }

    /** Kept apart so that lms-jdbc's classes are loaded only when the storage is lms-jdbc's. */
    private static final class JdbcHealth {
        private static final String CURRENT_VERSION = "select version from lmskit_schema_history"
                + " where success and version is not null order by installed_rank desc limit 1";

        /** Reads the schema version from the database; false (and the builder down) when it does not answer right. */
        static boolean check(StorageProvider storage, Health.Builder builder) {
            org.lmskit.jdbc.JdbcStorage jdbc = (org.lmskit.jdbc.JdbcStorage) storage;
            String expected = jdbc.schemaVersion();
            String current;
            try (java.sql.Connection connection = jdbc.dataSource().getConnection();
                 java.sql.Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(5);
                try (java.sql.ResultSet row = statement.executeQuery(CURRENT_VERSION)) {
                    current = row.next() ? row.getString(1) : "none";
                }
            } catch (java.sql.SQLException e) {
                builder.down(e).withDetail("schemaVersion", expected);
                return false;
            }
            builder.withDetail("schemaVersion", current);
            if (!current.equals(expected)) {
                builder.down().withDetail("reason", "the database's lmskit schema is at version " + current
                        + " but this node's lms-jdbc runs on version " + expected);
                return false;
            }
            return true;
        }
    }
}
