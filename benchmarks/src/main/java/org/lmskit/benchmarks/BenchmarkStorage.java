package org.lmskit.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.jdbc.JdbcStorage;
import org.lmskit.spi.StorageProvider;

/**
 * The storage a benchmark runs on, by its {@code adapter} parameter: {@code in-memory}, or {@code postgresql} (18,
 * embedded, on loopback, a pool of 4). Closing it closes the storage and stops the server it started.
 */
final class BenchmarkStorage implements AutoCloseable {
    final StorageProvider storage;
    private final EmbeddedPostgres postgres;

    private BenchmarkStorage(StorageProvider storage, EmbeddedPostgres postgres) {
        this.storage = storage;
        this.postgres = postgres;
    }

    static BenchmarkStorage open(String adapter) throws IOException {
        if (!adapter.equals("postgresql")) {
            return new BenchmarkStorage(InMemoryStorage.create(), null);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        return new BenchmarkStorage(JdbcStorage.builder().jdbcUrl(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres").maximumPoolSize(4).migrate(true).build(), postgres);
    }

    /** Runs {@code sql} on PostgreSQL (statistics after a bulk load, say); nothing in memory. */
    void execute(String sql) {
        if (postgres == null) {
            return;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        storage.close();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
