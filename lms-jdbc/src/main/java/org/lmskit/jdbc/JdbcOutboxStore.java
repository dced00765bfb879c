package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.outbox.NewOutboxEvent;
import org.lmskit.spi.outbox.OutboxEvent;
import org.lmskit.spi.outbox.OutboxStatus;
import org.lmskit.spi.outbox.OutboxStore;
import org.lmskit.spi.outbox.OutboxSummary;

/**
 * The outbox table (V13). A claim is one transaction of three statements: it locks the oldest pending event of each
 * aggregate that is due and free with {@code FOR UPDATE SKIP LOCKED} (racing relays on several nodes take disjoint
 * heads without waiting on each other), then the pending events after those heads (nobody else can claim them while
 * their head is locked, then leased), and writes the lease on all of them.
 */
final class JdbcOutboxStore implements OutboxStore {
    private static final String COLUMNS = """
            seq, id, aggregatetype, aggregateid, type, payload::text AS payload, created_at, status, attempts,
            next_attempt_at, claimed_by, lease_until, delivered_at, last_error""";
    private static final String APPEND = """
            INSERT INTO lmskit_outbox (id, aggregatetype, aggregateid, type, payload, created_at, next_attempt_at)
            VALUES (?, ?, ?, ?, ?::json, ?, ?)""";
    /** The heads: each aggregate's oldest pending event, due and free, locked so no other claimer takes them. */
    private static final String HEADS = """
            SELECT c.seq, c.aggregatetype, c.aggregateid FROM lmskit_outbox c
            WHERE c.status = 'PENDING' AND c.next_attempt_at <= ? AND (c.lease_until IS NULL OR c.lease_until <= ?)
              AND NOT EXISTS (SELECT 1 FROM lmskit_outbox p
                              WHERE p.status = 'PENDING' AND p.aggregatetype = c.aggregatetype
                                AND p.aggregateid = c.aggregateid AND p.seq < c.seq)
            ORDER BY c.seq LIMIT ? FOR UPDATE SKIP LOCKED""";
    /**
     * The pending events after the heads, in recording order: no other claimer can want them while it cannot hold
     * their head, which this transaction has locked.
     */
    private static final String RUNS = """
            SELECT o.seq, o.aggregatetype, o.aggregateid, o.next_attempt_at <= ? AND (o.lease_until IS NULL
                   OR o.lease_until <= ?) AS claimable
            FROM lmskit_outbox o
            JOIN unnest(?::text[], ?::text[]) AS h(aggregatetype, aggregateid)
              ON o.aggregatetype = h.aggregatetype AND o.aggregateid = h.aggregateid
            WHERE o.status = 'PENDING' AND o.seq <> ALL (?)
            ORDER BY o.seq LIMIT ? FOR UPDATE OF o""";
    private static final String CLAIM = "UPDATE lmskit_outbox SET claimed_by = ?, lease_until = ? "
            + "WHERE seq = ANY (?) RETURNING " + COLUMNS;
    private static final String RELEASE = "UPDATE lmskit_outbox SET lease_until = NULL WHERE id = ANY (?) AND "
            + "status = 'PENDING' AND claimed_by = ? AND lease_until IS NOT NULL";
    private static final String HELD = "status = 'PENDING' AND claimed_by = ? AND lease_until IS NOT NULL";
    private static final String MARK_DELIVERED = "UPDATE lmskit_outbox SET status = 'DELIVERED', delivered_at = ?, "
            + "lease_until = NULL WHERE id = ANY (?) AND " + HELD;
    private static final String MARK_FAILED = "UPDATE lmskit_outbox SET status = ?, attempts = attempts + 1, "
            + "last_error = ?, next_attempt_at = ?, lease_until = NULL WHERE id = ? AND " + HELD;
    private static final String RETRY = """
            UPDATE lmskit_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, lease_until = NULL
            WHERE id = ? AND status = 'PARKED'""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM lmskit_outbox WHERE id = ?";
    private static final String LIST = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM lmskit_outbox "
            + "WHERE (?::text IS NULL OR status = ?) ORDER BY seq LIMIT ? OFFSET ?";
    private static final String COUNT = "SELECT count(*) FROM lmskit_outbox WHERE (?::text IS NULL OR status = ?)";
    private static final String SUMMARY = """
            SELECT count(*) FILTER (WHERE status = 'PENDING') AS pending,
                   count(*) FILTER (WHERE status = 'DELIVERED') AS delivered,
                   count(*) FILTER (WHERE status = 'PARKED') AS parked,
                   min(created_at) FILTER (WHERE status = 'PENDING') AS oldest_pending
            FROM lmskit_outbox""";
    private static final String PURGE = """
            DELETE FROM lmskit_outbox WHERE seq IN (
                SELECT seq FROM lmskit_outbox WHERE status = 'DELIVERED' AND delivered_at < ?
                ORDER BY delivered_at LIMIT ? FOR UPDATE SKIP LOCKED)""";

    private final JdbcTransactions db;

    JdbcOutboxStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public void append(List<NewOutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        db.insert("outbox-event", events.get(0).id(), connection -> {
            try (PreparedStatement s = connection.prepareStatement(APPEND)) {
                for (NewOutboxEvent event : events) {
                    s.setObject(1, UUID.fromString(event.id()));
                    s.setString(2, event.aggregateType());
                    s.setString(3, event.aggregateId());
                    s.setString(4, event.type());
                    s.setString(5, event.payload());
                    s.setObject(6, Sql.timestamp(event.createdAt()));
                    s.setObject(7, Sql.timestamp(event.createdAt()));
                    s.addBatch();
                }
                s.executeBatch();
                return null;
            } catch (java.sql.BatchUpdateException e) {
                SQLException cause = e.getNextException() != null ? e.getNextException() : e;
                if (JdbcTransactions.isUniqueViolation(cause)) {
                    throw new DuplicateKeyException("outbox-event", events.get(0).id());
                }
                throw cause;
            }
        });
    }

    @Override
    public List<OutboxEvent> claim(String node, Instant now, Instant leaseUntil, int limit) {
        PageRequest.checkLimit(limit);
        return db.inTransaction(() -> db.withConnection(connection -> {
            List<Long> seqs = new ArrayList<>();
            List<String> types = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(HEADS)) {
                s.setObject(1, Sql.timestamp(now));
                s.setObject(2, Sql.timestamp(now));
                s.setInt(3, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        seqs.add(rs.getLong(1));
                        types.add(rs.getString(2));
                        ids.add(rs.getString(3));
                    }
                }
            }
            if (seqs.isEmpty()) {
                return List.of();
            }
            if (seqs.size() < limit) {
                try (PreparedStatement s = connection.prepareStatement(RUNS)) {
                    s.setObject(1, Sql.timestamp(now));
                    s.setObject(2, Sql.timestamp(now));
                    s.setArray(3, connection.createArrayOf("text", types.toArray()));
                    s.setArray(4, connection.createArrayOf("text", ids.toArray()));
                    s.setArray(5, connection.createArrayOf("bigint", seqs.toArray()));
                    s.setInt(6, limit - seqs.size());
                    java.util.Set<List<String>> stopped = new java.util.HashSet<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            List<String> aggregate = List.of(rs.getString(2), rs.getString(3));
                            if (stopped.contains(aggregate)) {
                                continue;
                            }
                            if (rs.getBoolean(4)) {
                                seqs.add(rs.getLong(1));
                            } else {
                                stopped.add(aggregate); // a run never passes an event not due or held elsewhere
                            }
                        }
                    }
                }
            }
            List<OutboxEvent> claimed = new ArrayList<>(seqs.size());
            try (PreparedStatement s = connection.prepareStatement(CLAIM)) {
                s.setString(1, node);
                s.setObject(2, Sql.timestamp(leaseUntil));
                s.setArray(3, connection.createArrayOf("bigint", seqs.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(read(rs));
                    }
                }
            }
            claimed.sort(Comparator.comparingLong(OutboxEvent::sequence));
            return claimed;
        }));
    }

    @Override
    public int release(String node, List<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return db.withConnection(connection -> {
            try (PreparedStatement s = connection.prepareStatement(RELEASE)) {
                s.setArray(1, connection.createArrayOf("uuid", ids.stream().map(JdbcOutboxStore::uuid).toArray()));
                s.setString(2, node);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public int markDelivered(String node, List<String> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return db.withConnection(connection -> {
            try (PreparedStatement s = connection.prepareStatement(MARK_DELIVERED)) {
                s.setObject(1, Sql.timestamp(at));
                s.setArray(2, connection.createArrayOf("uuid", ids.stream().map(JdbcOutboxStore::uuid).toArray()));
                s.setString(3, node);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public boolean markFailed(String node, String id, String error, Instant nextAttemptAt, boolean park) {
        Optional<UUID> key = parse(id);
        if (key.isEmpty()) {
            return false;
        }
        return db.withConnection(connection -> {
            try (PreparedStatement s = connection.prepareStatement(MARK_FAILED)) {
                s.setString(1, (park ? OutboxStatus.PARKED : OutboxStatus.PENDING).name());
                s.setString(2, error);
                s.setObject(3, Sql.timestamp(nextAttemptAt));
                s.setObject(4, key.get());
                s.setString(5, node);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean retry(String id, Instant now) {
        Optional<UUID> key = parse(id);
        if (key.isEmpty()) {
            return false;
        }
        return db.withConnection(connection -> {
            try (PreparedStatement s = connection.prepareStatement(RETRY)) {
                s.setObject(1, Sql.timestamp(now));
                s.setObject(2, key.get());
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<OutboxEvent> find(String id) {
        Optional<UUID> key = parse(id);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return db.withConnection(connection -> {
            try (PreparedStatement s = connection.prepareStatement(FIND)) {
                s.setObject(1, key.get());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Page<OutboxEvent> list(Optional<OutboxStatus> status, PageRequest page) {
        String wanted = status.map(Enum::name).orElse(null);
        return db.withConnection(connection -> Sql.page(connection, LIST, COUNT, s -> {
            s.setString(1, wanted);
            s.setString(2, wanted);
            return 3;
        }, JdbcOutboxStore::read, page));
    }

    @Override
    public OutboxSummary summary() {
        return db.withConnection(connection -> {
            try (PreparedStatement s = connection.prepareStatement(SUMMARY); ResultSet rs = s.executeQuery()) {
                rs.next();
                return new OutboxSummary(rs.getLong("pending"), rs.getLong("delivered"), rs.getLong("parked"),
                        Sql.optionalInstant(rs, "oldest_pending"));
            }
        });
    }

    @Override
    public int purgeDelivered(Instant deliveredBefore, int limit) {
        PageRequest.checkLimit(limit);
        return db.withConnection(connection -> {
            try (PreparedStatement s = connection.prepareStatement(PURGE)) {
                s.setObject(1, Sql.timestamp(deliveredBefore));
                s.setInt(2, limit);
                return s.executeUpdate();
            }
        });
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty(); // no such event: the SPI's answer for an id never recorded
        }
    }

    private static UUID uuid(String id) {
        return parse(id).orElse(new UUID(0, 0));
    }

    private static OutboxEvent read(ResultSet rs) throws SQLException {
        return new OutboxEvent(rs.getLong("seq"), rs.getObject("id", UUID.class).toString(),
                rs.getString("aggregatetype"), rs.getString("aggregateid"), rs.getString("type"),
                rs.getString("payload"), Sql.instant(rs, "created_at"), OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), Sql.instant(rs, "next_attempt_at"), Sql.optionalString(rs, "claimed_by"),
                Sql.optionalInstant(rs, "lease_until"), Sql.optionalInstant(rs, "delivered_at"),
                Sql.optionalString(rs, "last_error"));
    }
}
