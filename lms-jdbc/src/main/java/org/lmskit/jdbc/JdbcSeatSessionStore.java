package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.seats.RotationDueQuery;
import org.lmskit.spi.seats.SeatSessionRecord;
import org.lmskit.spi.seats.SeatSessionStore;
import org.lmskit.spi.seats.SlotRecord;

final class JdbcSeatSessionStore implements SeatSessionStore {
    private static final String TYPE = "seat-session";
    private static final String COLUMNS = """
            session_id, reference, company_id, path_id, type, start_date, expiry_date, quota, learning_members,
            rotation_mode, rotation_every_days, rotation_counts_weekends, slot_holders, slot_assigned_on, waiting,
            last_rotated_on, version""";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM lmskit_seat_session";
    private static final String INSERT = """
            INSERT INTO lmskit_seat_session (reference, company_id, path_id, type, start_date, expiry_date, quota,
                learning_members, rotation_mode, rotation_every_days, rotation_counts_weekends, slot_holders,
                slot_assigned_on, waiting, last_rotated_on, session_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE = """
            UPDATE lmskit_seat_session SET reference = ?, company_id = ?, path_id = ?, type = ?, start_date = ?,
                expiry_date = ?, quota = ?, learning_members = ?, rotation_mode = ?, rotation_every_days = ?,
                rotation_counts_weekends = ?, slot_holders = ?, slot_assigned_on = ?, waiting = ?, last_rotated_on = ?,
                version = version + 1
            WHERE session_id = ? AND version = ?""";
    private static final String BY_COMPANY = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM lmskit_seat_session"
            + " WHERE company_id = ? ORDER BY reference, session_id LIMIT ? OFFSET ?";
    private static final String RUNNING = SELECT
            + " WHERE company_id = ? AND start_date <= ? AND expiry_date >= ? ORDER BY session_id";
    private static final String ROTATION_DUE = SELECT
            + " WHERE type = 'SLOTS' AND rotation_mode <> 'NONE' AND start_date <= ? AND expiry_date >= ?"
            + " AND (last_rotated_on IS NULL OR last_rotated_on < ?) AND session_id > ? ORDER BY session_id LIMIT ?";

    private final JdbcTransactions db;

    JdbcSeatSessionStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<SeatSessionRecord> find(String sessionId) {
        return one(SELECT + " WHERE session_id = ?", sessionId);
    }

    @Override
    public Optional<SeatSessionRecord> findByReference(String reference) {
        return one(SELECT + " WHERE reference = ?", reference);
    }

    @Override
    public SeatSessionRecord insert(SeatSessionRecord session) {
        return Sql.insert(db, TYPE, session.sessionId(), INSERT, JdbcSeatSessionStore::bind, session,
                session.withVersion(1));
    }

    @Override
    public SeatSessionRecord update(SeatSessionRecord session) {
        return db.insert(TYPE, session.reference(), c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                bind(c, s, session);
                s.setLong(17, session.version());
                Sql.requireOneRow(s.executeUpdate(), TYPE, session.sessionId(), session.version());
                return session.withVersion(session.version() + 1);
            }
        });
    }

    @Override
    public Page<SeatSessionRecord> findByCompany(String companyId, PageRequest page) {
        return db.withConnection(c -> Sql.page(c, BY_COMPANY,
                "SELECT count(*) FROM lmskit_seat_session WHERE company_id = ?", s -> {
                    s.setString(1, companyId);
                    return 2;
                }, JdbcSeatSessionStore::read, page));
    }

    @Override
    public List<SeatSessionRecord> findRunning(String companyId, LocalDate day) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(RUNNING)) {
                s.setString(1, companyId);
                s.setObject(2, day);
                s.setObject(3, day);
                return all(s);
            }
        });
    }

    @Override
    public List<SeatSessionRecord> findRotationDue(RotationDueQuery query) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(ROTATION_DUE)) {
                s.setObject(1, query.day());
                s.setObject(2, query.day());
                s.setObject(3, query.day());
                s.setString(4, query.after().orElse(""));
                s.setInt(5, query.limit());
                return all(s);
            }
        });
    }

    private Optional<SeatSessionRecord> one(String sql, String parameter) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, parameter);
                return all(s).stream().findFirst();
            }
        });
    }

    private static List<SeatSessionRecord> all(PreparedStatement s) throws SQLException {
        List<SeatSessionRecord> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(read(rs));
            }
        }
        return found;
    }

    /** Binds every column but the version; returns the version parameter's index. */
    private static int bind(Connection c, PreparedStatement s, SeatSessionRecord r) throws SQLException {
        s.setString(1, r.reference());
        s.setString(2, r.companyId());
        s.setString(3, r.pathId());
        s.setString(4, r.type());
        s.setObject(5, r.startDate());
        s.setObject(6, r.expiryDate());
        s.setInt(7, r.quota());
        s.setInt(8, r.learningMembers());
        s.setString(9, r.rotationMode());
        s.setInt(10, r.rotationEveryDays());
        s.setBoolean(11, r.rotationCountsWeekends());
        s.setArray(12, c.createArrayOf("text", r.slots().stream().map(slot -> slot.holderId().orElse(null)).toArray()));
        s.setArray(13, c.createArrayOf("date", r.slots().stream()
                .map(slot -> slot.assignedOn().map(Date::valueOf).orElse(null)).toArray()));
        s.setArray(14, Sql.texts(c, r.waiting()));
        s.setObject(15, r.lastRotatedOn().orElse(null));
        s.setString(16, r.sessionId());
        return 17;
    }

    private static SeatSessionRecord read(ResultSet rs) throws SQLException {
        String[] holders = (String[]) rs.getArray("slot_holders").getArray();
        Date[] assigned = (Date[]) rs.getArray("slot_assigned_on").getArray();
        List<SlotRecord> slots = new ArrayList<>(holders.length);
        for (int i = 0; i < holders.length; i++) {
            slots.add(new SlotRecord(i + 1, Optional.ofNullable(holders[i]),
                    Optional.ofNullable(assigned[i]).map(Date::toLocalDate)));
        }
        return new SeatSessionRecord(rs.getString("session_id"), rs.getString("reference"), rs.getString("company_id"),
                rs.getString("path_id"), rs.getString("type"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("expiry_date", LocalDate.class), rs.getInt("quota"), rs.getInt("learning_members"),
                rs.getString("rotation_mode"), rs.getInt("rotation_every_days"), rs.getBoolean("rotation_counts_weekends"),
                slots, Arrays.asList((String[]) rs.getArray("waiting").getArray()),
                Optional.ofNullable(rs.getObject("last_rotated_on", LocalDate.class)), rs.getLong("version"));
    }
}
