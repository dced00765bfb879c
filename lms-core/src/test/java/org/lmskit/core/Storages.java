package org.lmskit.core;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.jdbc.JdbcStorage;
import org.lmskit.spi.StorageProvider;

/**
 * The two adapters a rule must hold on, for core tests that run the library end to end: in memory, and PostgreSQL
 * 18 (one embedded server per test JVM, a fresh database per storage).
 */
public enum Storages {
    IN_MEMORY, POSTGRES;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    /**
     * Both adapters; only the in-memory one when {@code -Dlmskit.storages=in-memory} (the {@code mutation}
     * profile: PIT re-runs the tests thousands of times to judge the rules, which do not change with the adapter,
     * and the contract suite holds the adapters to the same answers in the ordinary build).
     */
    public static List<Storages> both() {
        return "in-memory".equals(System.getProperty("lmskit.storages")) ? List.of(IN_MEMORY) : List.of(values());
    }

    /** A new, empty storage of this kind; the caller closes it. */
    public StorageProvider fresh() {
        return this == IN_MEMORY ? InMemoryStorage.create() : freshDatabase();
    }

    /** A new, empty PostgreSQL database of the shared test server, as a plain (unpooled) data source. */
    public static synchronized javax.sql.DataSource freshPostgresDataSource() {
        try {
            freshDatabase().close();
            return postgres.getDatabase("postgres", "core_" + DATABASES.get());
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare a PostgreSQL database", e);
        }
    }

    private static synchronized StorageProvider freshDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the test JVM is ending
                    }
                }));
            }
            String name = "core_" + DATABASES.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return JdbcStorage.builder().jdbcUrl(postgres.getJdbcUrl("postgres", name)).username("postgres")
                    .maximumPoolSize(8).migrate(true).build();
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare a PostgreSQL database", e);
        }
    }
}
