package org.lmskit.jdbc;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lmskit.spi.Page;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.AuditTrailStore;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.audit.NewAuditEntry;

final class JdbcAuditTrailStore implements AuditTrailStore {
    private static final String INSERT = """
            INSERT INTO lmskit_audit_entry
                (occurred_at, actor_id, record_type, record_id, action, change_fields, change_before, change_after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id""";
    private static final String SELECT = """
            SELECT id, occurred_at, actor_id, record_type, record_id, action, change_fields, change_before, change_after,
                   count(*) OVER () AS total
            FROM lmskit_audit_entry""";
    private static final String COUNT = "SELECT count(*) FROM lmskit_audit_entry";

    private final JdbcTransactions db;

    JdbcAuditTrailStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public AuditEntry append(NewAuditEntry entry) {
        return db.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int n = entry.changes().size();
                String[] fields = new String[n];
                String[] before = new String[n];
                String[] after = new String[n];
                for (int i = 0; i < n; i++) {
                    FieldChange change = entry.changes().get(i);
                    fields[i] = change.field();
                    before[i] = change.before();
                    after[i] = change.after();
                }
                insert.setObject(1, Sql.timestamp(entry.occurredAt()));
                insert.setString(2, entry.actorId());
                insert.setString(3, entry.recordType());
                insert.setString(4, entry.recordId());
                insert.setString(5, entry.action());
                insert.setArray(6, connection.createArrayOf("text", fields));
                insert.setArray(7, connection.createArrayOf("text", before));
                insert.setArray(8, connection.createArrayOf("text", after));
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return AuditEntry.of(rs.getLong(1), entry);
                }
            }
        });
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query) {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        query.recordType().ifPresent(v -> condition(where, parameters, "record_type = ?", v));
        query.recordId().ifPresent(v -> condition(where, parameters, "record_id = ?", v));
        query.actorId().ifPresent(v -> condition(where, parameters, "actor_id = ?", v));
        query.from().ifPresent(v -> condition(where, parameters, "occurred_at >= ?", v));
        query.to().ifPresent(v -> condition(where, parameters, "occurred_at < ?", v));
        String direction = query.direction() == SortDirection.ASCENDING ? "ASC" : "DESC";
        String select = SELECT + where + " ORDER BY occurred_at " + direction + ", id " + direction
                + " LIMIT ? OFFSET ?";
        return db.withConnection(connection -> Sql.page(connection, select, COUNT + where, statement -> {
            Sql.bind(statement, parameters);
            return parameters.size() + 1;
        }, JdbcAuditTrailStore::read, query.page()));
    }

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object value) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(sql);
        parameters.add(value);
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        String[] fields = strings(rs.getArray("change_fields"));
        String[] before = strings(rs.getArray("change_before"));
        String[] after = strings(rs.getArray("change_after"));
        List<FieldChange> changes = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            changes.add(new FieldChange(fields[i], before[i], after[i]));
        }
        return new AuditEntry(rs.getLong("id"), Sql.instant(rs, "occurred_at"), rs.getString("actor_id"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("action"), changes);
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
