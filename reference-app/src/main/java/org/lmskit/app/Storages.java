package org.lmskit.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.jdbc.JdbcStorage;
import org.lmskit.spi.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the storage the settings ask for, and closes what it opened in reverse order. */
final class Storages implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Storages.class);

    private final List<AutoCloseable> opened = new ArrayList<>();
    private final StorageProvider storage;

    Storages(AppSettings settings) {
        if (settings.embeddedPostgresDir().isPresent()) {
            EmbeddedPostgres postgres = startEmbedded(settings);
            // through the adapter's own HikariCP pool: the embedded server's plain data source opens a new
            // PostgreSQL session (a process) per connection, about 20 ms each
            storage = remember(JdbcStorage.builder().jdbcUrl(postgres.getJdbcUrl("postgres", "postgres"))
                    .username("postgres").migrate(true).build());
        } else if (settings.jdbcUrl().isPresent()) {
            JdbcStorage.Builder builder = JdbcStorage.builder().jdbcUrl(settings.jdbcUrl().get()).migrate(true);
            settings.jdbcUser().ifPresent(builder::username);
            settings.jdbcPassword().ifPresent(builder::password);
            storage = remember(builder.build());
            LOG.info("storage: PostgreSQL at {}", settings.jdbcUrl().get());
        } else {
            storage = remember(InMemoryStorage.create());
            LOG.info("storage: in memory (lost on exit; use --embedded-postgres DIR to keep data)");
        }
    }

    StorageProvider storage() {
        return storage;
    }

    /** The embedded PostgreSQL's database, when this is the durable embedded mode (tests read its settings). */
    java.util.Optional<javax.sql.DataSource> embeddedDatabase() {
        return opened.stream().filter(EmbeddedPostgres.class::isInstance).map(EmbeddedPostgres.class::cast)
                .findFirst().map(EmbeddedPostgres::getPostgresDatabase);
    }

    private EmbeddedPostgres startEmbedded(AppSettings settings) {
        var dir = settings.embeddedPostgresDir().orElseThrow().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            StalePostmaster.stopIfOurs(dir);
            EmbeddedPostgres postgres = durable(EmbeddedPostgres.builder())
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .start();
            LOG.info("storage: embedded PostgreSQL, data kept in {} (fsync, synchronous commit, full-page writes on)",
                    dir);
            return remember(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir
                    + "; if a PostgreSQL still runs on it, stop it ('pg_ctl stop -D " + dir + "') and start again", e);
        }
    }

    /**
     * The embedded library's defaults are for throw-away test databases ({@code -F}: fsync off,
     * {@code synchronous_commit=off}). A durable mode turns every durability setting back on: an acknowledged
     * commit is flushed to disk before the app answers, and survives a crash of the JVM and PostgreSQL.
     * Options given with {@code -c} come after {@code -F} on the command line, and the last one wins.
     */
    static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        return builder
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    private <T extends AutoCloseable> T remember(T resource) {
        opened.add(resource);
        return resource;
    }

    @Override
    public void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", opened.get(i), e);
            }
        }
        opened.clear();
    }
}
