package org.lmskit.jdbc;

import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Applies the migrations shipped in this jar, and refuses a schema it does not know. */
final class SchemaMigrator {
    static final String HISTORY_TABLE = "lmskit_schema_history";
    static final String LOCATION = "classpath:org/lmskit/jdbc/migration";

    private final Flyway flyway;

    SchemaMigrator(DataSource dataSource) {
        this.flyway = configuration(dataSource).load();
    }

    /** How lms-jdbc runs Flyway on {@code dataSource}; tests stop it at an older version with {@code target}. */
    static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // migrations written in Java, kept package-private beside the stores whose rules they apply
                .javaMigrations(new V8__Candidate_name_keys())
                .table(HISTORY_TABLE)
                // a host database may already hold tables of its own
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    /** Checks the schema, migrating it first when {@code migrate} is set; returns the version in force. */
    MigrationVersion prepare(boolean migrate) {
        MigrationVersion known = latestKnown(flyway.info());
        refuseNewer(flyway.info(), known);
        if (migrate) {
            flyway.migrate();
        }
        MigrationVersion applied = applied(flyway.info());
        if (applied.compareTo(known) < 0) {
            throw new SchemaVersionException("the lmskit schema is at version " + applied + " but this lms-jdbc needs "
                    + known + "; build JdbcStorage with migrate(true), or apply the migrations in " + LOCATION);
        }
        return applied;
    }

    private static void refuseNewer(MigrationInfoService info, MigrationVersion known) {
        MigrationVersion applied = applied(info);
        if (applied.compareTo(known) > 0) {
            throw new SchemaVersionException("the lmskit schema is at version " + applied
                    + ", newer than version " + known + " that this lms-jdbc knows; upgrade lms-jdbc to the release "
                    + "that wrote it rather than run an older one against it");
        }
    }

    private static MigrationVersion latestKnown(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("no migration found at " + LOCATION));
    }

    private static MigrationVersion applied(MigrationInfoService info) {
        MigrationInfo current = info.current();
        return current == null || current.getVersion() == null ? MigrationVersion.EMPTY : current.getVersion();
    }
}
