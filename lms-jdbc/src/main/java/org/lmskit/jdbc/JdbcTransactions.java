package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StoreException;
import org.lmskit.spi.Transactions;

/**
 * A transaction is one pooled connection bound to the thread with auto-commit off; every store call
 * made on that thread meanwhile uses it. Outside a transaction each store call takes its own
 * connection in auto-commit mode.
 */
final class JdbcTransactions implements Transactions {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return onOneConnection(work, false);
    }

    /**
     * One pooled connection, read-only, auto-commit off, for the whole view: the driver opens it with
     * {@code BEGIN READ ONLY} (its default {@code readOnlyMode=transaction}), so being read-only costs no round trip.
     */
    @Override
    public <T> T inReadOnlyTransaction(Supplier<T> work) {
        return onOneConnection(work, true);
    }

    private <T> T onOneConnection(Supplier<T> work, boolean readOnly) {
        if (current.get() != null) {
            return work.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            if (readOnly) {
                connection.setReadOnly(true);
            }
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error failure) {
                rollback(connection, failure);
                throw failure;
            } finally {
                current.remove();
                connection.setAutoCommit(true);
                if (readOnly) {
                    connection.setReadOnly(false);
                }
            }
        } catch (SQLException e) {
            throw new StoreException((readOnly ? "read-only " : "") + "transaction failed: " + e.getMessage(), e);
        }
    }

    <T> T withConnection(SqlWork<T> work) {
        Connection joined = current.get();
        try {
            if (joined != null) {
                return work.apply(joined);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            }
        } catch (SQLException e) {
            throw new StoreException("database call failed: " + e.getMessage(), e);
        }
    }

    static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /** Runs an insert, reporting a unique-key clash as the SPI's {@link DuplicateKeyException}. */
    <T> T insert(String recordType, String recordId, SqlWork<T> work) {
        return withConnection(connection -> {
            try {
                return work.apply(connection);
            } catch (SQLException e) {
                if (isUniqueViolation(e)) {
                    throw new DuplicateKeyException(recordType, recordId);
                }
                throw e;
            }
        });
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
