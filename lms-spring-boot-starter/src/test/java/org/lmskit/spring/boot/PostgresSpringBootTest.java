package org.lmskit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.id.PathId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.jdbc.JdbcStorage;
import org.lmskit.spi.StorageProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

/** A Spring Boot application with a DataSource (a real PostgreSQL 18) and the starter: lmskit on lms-jdbc. */
@SpringBootTest(classes = PostgresSpringBootTest.HostApplication.class)
class PostgresSpringBootTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class HostApplication {
        @Bean(destroyMethod = "close")
        EmbeddedPostgres postgres() {
            try {
                return EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres) {
            return postgres.getPostgresDatabase();
        }
    }

    @Autowired
    Lms lms;
    @Autowired
    StorageProvider storage;
    @Autowired
    LmsHealthIndicator health;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    DataSource dataSource;

    private void schemaVersion(String from, String to) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement update = connection.prepareStatement(
                     "update lmskit_schema_history set version = ? where version = ?")) {
            update.setString(1, to);
            update.setString(2, from);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    @DirtiesContext
    void lms_runs_on_the_applications_data_source_migrated_and_healthy_until_the_database_goes() throws Exception {
        assertThat(storage).isInstanceOf(JdbcStorage.class);
        assertThat(lms.storageCapabilities().persistent()).isTrue();

        PathId path = PathId.of("sourcing-expert");
        lms.certification().grading().defineGradingTable(ADMIN, path,
                GradingTable.of(new BigDecimal("19"), new BigDecimal("16.5"), new BigDecimal("13")), 0);
        assertThat(lms.certification().grading().grade(path, new BigDecimal("16.5")).level().name()).isEqualTo("SILVER");

        var shown = health.health(true);
        assertThat(shown.getStatus()).isEqualTo(Status.UP);
        assertThat(shown.getDetails()).containsEntry("storage", lms.storageCapabilities().name())
                .containsEntry("schemaVersion", ((JdbcStorage) storage).schemaVersion());
        String current = ((JdbcStorage) storage).schemaVersion();
        String newer = String.valueOf(Integer.parseInt(current) + 1);

        // another node migrated the database further: this node's lms-jdbc does not know that schema
        schemaVersion(current, newer);
        assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health(true).getDetails()).containsEntry("schemaVersion", newer)
                .containsEntry("reason", "the database's lmskit schema is at version " + newer + " but this node's "
                        + "lms-jdbc runs on version " + current);
        schemaVersion(newer, current);
        assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);

        // the check reads the database each time: with PostgreSQL gone, lmskit is down
        postgres.close();
        assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);
    }
}
