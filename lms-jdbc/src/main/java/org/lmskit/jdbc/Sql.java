package org.lmskit.jdbc;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StaleVersionException;

/** Small JDBC helpers shared by the stores. */
final class Sql {
    private Sql() {
    }

    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            bind(statement, i + 1, parameters.get(i));
        }
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        statement.setObject(index, value instanceof Instant instant ? timestamp(instant) : value);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static OffsetDateTime timestamp(Optional<Instant> instant) {
        return timestamp(instant.orElse(null));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(instant(rs, column));
    }

    static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static Optional<BigDecimal> optionalDecimal(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getBigDecimal(column));
    }

    static Array texts(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    static Array sortedTexts(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.stream().sorted().toArray(String[]::new));
    }

    static Array decimals(Connection connection, Collection<BigDecimal> values) throws SQLException {
        return connection.createArrayOf("numeric", values.toArray(BigDecimal[]::new));
    }

    static List<String> texts(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }

    static List<BigDecimal> decimals(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((BigDecimal[]) rs.getArray(column).getArray());
    }

    /** Binds a query's leading parameters and returns the index of the next one. */
    @FunctionalInterface
    interface Parameters {
        int bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * One page: {@code pagedSql} ends in {@code LIMIT ? OFFSET ?} and selects {@code count(*) OVER () AS total};
     * {@code countSql} (same parameters, no paging) is run only past the last page, where no row carries the total.
     */
    static <T> Page<T> page(Connection c, String pagedSql, String countSql, Parameters parameters, Rows<T> rows,
                            PageRequest page) throws SQLException {
        List<T> items = new ArrayList<>();
        long total = readPage(c, pagedSql, parameters, rows, page, items, true);
        return new Page<>(items, total < 0 ? count(c, countSql, parameters) : total, page);
    }

    /**
     * A page read by {@code pagedSql} (no total column), then the total counted by {@code countSql}: for searches
     * whose page can stop early along an index while a window count would read every match whole.
     */
    static <T> Page<T> pageThenCount(Connection c, String pagedSql, String countSql, Parameters parameters,
                                     Rows<T> rows, PageRequest page) throws SQLException {
        List<T> items = new ArrayList<>();
        readPage(c, pagedSql, parameters, rows, page, items, false);
        return new Page<>(items, count(c, countSql, parameters), page);
    }

    /** Reads the page's rows into {@code items}; returns the last row's {@code total} column, or -1. */
    private static <T> long readPage(Connection c, String pagedSql, Parameters parameters, Rows<T> rows,
                                     PageRequest page, List<T> items, boolean withTotal) throws SQLException {
        long total = -1;
        try (PreparedStatement s = c.prepareStatement(pagedSql)) {
            int next = parameters.bind(s);
            s.setInt(next, page.limit());
            s.setInt(next + 1, page.offset());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(rows.read(rs));
                    if (withTotal) {
                        total = rs.getLong("total");
                    }
                }
            }
        }
        return total;
    }

    private static long count(Connection c, String countSql, Parameters parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(countSql)) {
            parameters.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The one row {@code sql} finds by its text keys, bound in order; empty when there is none. */
    static <T> Optional<T> one(Connection c, String sql, Rows<T> rows, String... keys) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                s.setString(i + 1, keys[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rows.read(rs)) : Optional.empty();
            }
        }
    }

    /** An update or delete guarded by {@code version = ?} touched no row: the caller's version is stale. */
    static void requireOneRow(int rows, String recordType, String recordId, long expectedVersion) {
        if (rows == 0) {
            throw new StaleVersionException(recordType, recordId, expectedVersion);
        }
    }

    @FunctionalInterface
    interface Binder<R> {
        /** Binds every column but the version and returns the index of the version parameter. */
        int bind(Connection c, PreparedStatement s, R row) throws SQLException;
    }

    static <R> R insert(JdbcTransactions db, String type, String id, String sql, Binder<R> binder, R row,
                                R stored) {
        return db.insert(type, id, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(c, s, row);
                s.executeUpdate();
                return stored;
            }
        });
    }

    static <R> R update(JdbcTransactions db, String type, String id, long version, String sql,
                                Binder<R> binder, R row, R stored) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(binder.bind(c, s, row), version);
                requireOneRow(s.executeUpdate(), type, id, version);
                return stored;
            }
        });
    }

    static Array ints(Connection c, List<Integer> values) throws SQLException {
        return c.createArrayOf("integer", values.toArray(Integer[]::new));
    }

    static List<Integer> ints(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((Integer[]) rs.getArray(column).getArray());
    }

    /** Cuts {@code flat} into consecutive runs of the given sizes. */
    static <T> List<List<T>> split(List<T> flat, List<Integer> sizes) {
        List<List<T>> parts = new ArrayList<>(sizes.size());
        int from = 0;
        for (int size : sizes) {
            parts.add(List.copyOf(flat.subList(from, from + size)));
            from += size;
        }
        return parts;
    }
}
