package org.lmskit.spring.boot;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code lmskit.*} properties of the Spring Boot starter. */
@ConfigurationProperties("lmskit")
public class LmsProperties {
    /** Where lmskit keeps its data: PostgreSQL on the application's DataSource when there is one, memory otherwise. */
    private StorageKind storage = StorageKind.AUTO;
    private final Jdbc jdbc = new Jdbc();
    private final Outbox outbox = new Outbox();
    private final DailyRotation dailyRotation = new DailyRotation();
    private final Metrics metrics = new Metrics();

    public StorageKind getStorage() {
        return storage;
    }

    public void setStorage(StorageKind storage) {
        this.storage = storage;
    }

    public Jdbc getJdbc() {
        return jdbc;
    }

    public Outbox getOutbox() {
        return outbox;
    }

    public DailyRotation getDailyRotation() {
        return dailyRotation;
    }

    public Metrics getMetrics() {
        return metrics;
    }

    /** Where lmskit keeps its data. */
    public enum StorageKind {
        /** {@code JDBC} when the application has a DataSource and lms-jdbc is on the class path, else {@code IN_MEMORY}. */
        AUTO,
        /** PostgreSQL through lms-jdbc, on the application's DataSource (startup fails without one). */
        JDBC,
        /** In memory: lost when the application stops; for tests and demos. */
        IN_MEMORY
    }

    /** lms-jdbc's settings. */
    public static class Jdbc {
        /**
         * Apply lmskit's Flyway migrations to the DataSource on startup (its own history table, lmskit_schema_history).
         * On by default, like spring.flyway.enabled; turn it off where schema changes are applied by hand.
         */
        private boolean migrate = true;

        public boolean isMigrate() {
            return migrate;
        }

        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }
    }

    /** The transactional outbox (docs/events.md). */
    public static class Outbox {
        /** Record each change's events in its transaction and deliver them from a relay thread, at least once. */
        private boolean enabled;
        /** This node's name in the outbox's leases; by default the library's (host name and process id). */
        private String node;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getNode() {
            return node;
        }

        public void setNode(String node) {
            this.node = node;
        }
    }

    /** Seed 003's daily job: the natural and rhythmic rotations of slot sessions. */
    public static class DailyRotation {
        /**
         * When to run it, as a Spring cron expression (six fields, e.g. "0 5 0 * * *" for 00:05 every day); not
         * scheduled when empty. Safe on several nodes at once: each session is a compare-and-set.
         */
        private String cron;
        /** The time zone of the cron expression and of "today"; the system's by default. */
        private ZoneId zone = ZoneId.systemDefault();
        /** The administrator account the job runs as, as its audit entries name it. */
        private String actor = "lmskit-daily-job";

        public String getCron() {
            return cron;
        }

        public void setCron(String cron) {
            this.cron = cron;
        }

        public ZoneId getZone() {
            return zone;
        }

        public void setZone(ZoneId zone) {
            this.zone = zone;
        }

        public String getActor() {
            return actor;
        }

        public void setActor(String actor) {
            this.actor = actor;
        }
    }

    /** Micrometer metrics (lms-micrometer). */
    public static class Metrics {
        /** Record lmskit's meters in the application's MeterRegistry, when it has one. */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
