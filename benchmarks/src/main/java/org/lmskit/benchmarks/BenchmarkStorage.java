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
    private com.zaxxer.hikari.HikariDataSource hostPool;

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

    /**
     * What a host writing its own SQL would use on the same database: a HikariCP pool of 4, like the adapter's,
     * with the same prepared-statement settings. PostgreSQL only.
     */
    synchronized javax.sql.DataSource hostPool() {
        if (postgres == null) {
            throw new IllegalStateException("hand-written SQL needs the postgresql adapter");
        }
        if (hostPool == null) {
            com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setMaximumPoolSize(4);
            hostPool = new com.zaxxer.hikari.HikariDataSource(config);
        }
        return hostPool;
    }

    @Override
    public void close() {
        if (hostPool != null) {
            hostPool.close();
        }
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
