package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.seats.InactiveMembersQuery;
import org.lmskit.spi.seats.SessionMemberRecord;
import org.lmskit.spi.seats.SessionMemberStore;

final class JdbcSessionMemberStore implements SessionMemberStore {
    private static final String TYPE = "session-member";
    private static final String COLUMNS = "session_id, user_id, role, joined_at, last_connection_at, path_completed_on, version";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM lmskit_session_member";
    private static final String INSERT = """
            INSERT INTO lmskit_session_member (role, joined_at, last_connection_at, path_completed_on, session_id,
                user_id, version)
            VALUES (?, ?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE = """
            UPDATE lmskit_session_member SET role = ?, joined_at = ?, last_connection_at = ?, path_completed_on = ?,
                version = version + 1
            WHERE session_id = ? AND user_id = ? AND version = ?""";
    private static final String BY_SESSIONS = SELECT + " WHERE session_id = ANY (?) ORDER BY session_id, user_id";
    private static final String BY_USER = SELECT + " WHERE user_id = ? ORDER BY session_id";
    private static final String INACTIVE_WHERE = " WHERE session_id = ANY (?) AND role = ANY (?)"
            + " AND coalesce(last_connection_at, joined_at) <= ?";
    private static final String INACTIVE = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM lmskit_session_member"
            + INACTIVE_WHERE + " ORDER BY session_id, user_id LIMIT ? OFFSET ?";
    private static final String INACTIVE_COUNT = "SELECT count(*) FROM lmskit_session_member" + INACTIVE_WHERE;

    private final JdbcTransactions db;

    JdbcSessionMemberStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<SessionMemberRecord> find(String sessionId, String userId) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE session_id = ? AND user_id = ?")) {
                s.setString(1, sessionId);
                s.setString(2, userId);
                return all(s).stream().findFirst();
            }
        });
    }

    @Override
    public SessionMemberRecord insert(SessionMemberRecord member) {
        return db.insert(TYPE, member.sessionId() + "/" + member.userId(), c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bind(s, member);
                s.executeUpdate();
                return member.withVersion(1);
            }
        });
    }

    @Override
    public SessionMemberRecord update(SessionMemberRecord member) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                bind(s, member);
                s.setLong(7, member.version());
                Sql.requireOneRow(s.executeUpdate(), TYPE, member.sessionId() + "/" + member.userId(), member.version());
                return member.withVersion(member.version() + 1);
            }
        });
    }

    @Override
    public List<SessionMemberRecord> findBySessions(Collection<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(BY_SESSIONS)) {
                s.setArray(1, Sql.texts(c, sessionIds));
                return all(s);
            }
        });
    }

    @Override
    public List<SessionMemberRecord> findByUser(String userId) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(BY_USER)) {
                s.setString(1, userId);
                return all(s);
            }
        });
    }

    @Override
    public Page<SessionMemberRecord> findInactive(InactiveMembersQuery query) {
        return db.withConnection(c -> Sql.page(c, INACTIVE, INACTIVE_COUNT, s -> {
            s.setArray(1, Sql.texts(c, query.sessionIds()));
            s.setArray(2, Sql.texts(c, query.roles()));
            s.setObject(3, Sql.timestamp(query.quietSince()));
            return 4;
        }, JdbcSessionMemberStore::read, query.page()));
    }

    private static void bind(PreparedStatement s, SessionMemberRecord m) throws SQLException {
        s.setString(1, m.role());
        s.setObject(2, Sql.timestamp(m.joinedAt()));
        s.setObject(3, Sql.timestamp(m.lastConnectionAt()));
        s.setObject(4, m.pathCompletedOn().orElse(null));
        s.setString(5, m.sessionId());
        s.setString(6, m.userId());
    }

    private static List<SessionMemberRecord> all(PreparedStatement s) throws SQLException {
        List<SessionMemberRecord> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(read(rs));
            }
        }
        return found;
    }

    private static SessionMemberRecord read(ResultSet rs) throws SQLException {
        return new SessionMemberRecord(rs.getString("session_id"), rs.getString("user_id"), rs.getString("role"),
                Sql.instant(rs, "joined_at"), Sql.optionalInstant(rs, "last_connection_at"),
                Optional.ofNullable(rs.getObject("path_completed_on", LocalDate.class)), rs.getLong("version"));
    }
}
