package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;
import org.lmskit.spi.competency.PositioningStore;

final class JdbcPositioningStore implements PositioningStore {
    private static final String COLUMNS = "id, learner_id, competency_code, level_code, source, actor_id, at, score, comment";
    private static final String INSERT = """
            INSERT INTO lmskit_positioning (learner_id, competency_code, level_code, source, actor_id, at, score, comment)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM lmskit_positioning WHERE learner_id = ANY (?)"
            + " AND (?::timestamptz IS NULL OR at >= ?) AND (?::timestamptz IS NULL OR at <= ?)"
            // the index's own order (learner_id in the column's collation): grouping by learner is all the SPI
            // asks, and forcing COLLATE "C" here made PostgreSQL sort the whole team's history (550,000 rows, on
            // disk) instead of walking lmskit_positioning_by_learner
            + " ORDER BY learner_id, at, id";
    // rank() keeps every row tied at the newest instant: the caller's rule breaks ties, not the database
    private static final String LATEST = "SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + ", rank() OVER"
            + " (PARTITION BY learner_id, competency_code ORDER BY at DESC) AS newest FROM lmskit_positioning"
            + " WHERE learner_id = ANY (?) AND source = ANY (?)"
            + " AND (?::timestamptz IS NULL OR at >= ?) AND (?::timestamptz IS NULL OR at <= ?)) p"
            + " WHERE newest = 1 ORDER BY learner_id";
    // V15's packs: the heads of each (learner, source) in one row, grouped by learner (see PositioningPacks); only
    // for a window open at its end
    private static final String PACKS = "SELECT learner_id, source, heads FROM lmskit_positioning_pack"
            + " WHERE learner_id = ANY (?) AND source = ANY (?) ORDER BY learner_id";
    private static final String HISTORY = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM lmskit_positioning"
            + " WHERE learner_id = ? ORDER BY at DESC, id DESC LIMIT ? OFFSET ?";

    private final JdbcTransactions db;

    JdbcPositioningStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public PositioningRecord append(NewPositioningRecord p) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                s.setString(1, p.learnerId());
                s.setString(2, p.competencyCode());
                s.setString(3, p.levelCode().orElse(null));
                s.setString(4, p.source());
                s.setString(5, p.actorId());
                s.setObject(6, Sql.timestamp(p.at()));
                s.setBigDecimal(7, p.score().orElse(null));
                s.setString(8, p.comment().orElse(null));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return PositioningRecord.of(rs.getLong(1), p);
                }
            }
        });
    }

    @Override
    public List<PositioningRecord> find(PositioningQuery query) {
        if (query.learnerIds().isEmpty()) {
            return List.of();
        }
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(FIND)) {
                s.setArray(1, Sql.texts(c, query.learnerIds()));
                s.setObject(2, Sql.timestamp(query.from()));
                s.setObject(3, Sql.timestamp(query.from()));
                s.setObject(4, Sql.timestamp(query.to()));
                s.setObject(5, Sql.timestamp(query.to()));
                return readAll(s);
            }
        });
    }

    @Override
    public List<PositioningRecord> latest(PositioningQuery query, java.util.Set<String> sources) {
        org.lmskit.spi.Required.fields("query sources", query, sources);
        if (query.learnerIds().isEmpty() || sources.isEmpty()) {
            return List.of();
        }
        return db.withConnection(c -> {
            if (query.to().isEmpty()) {
                // a window open at its end is answered from V15's packed heads; one with an end ranks the history
                try (PreparedStatement s = c.prepareStatement(PACKS)) {
                    s.setArray(1, Sql.texts(c, query.learnerIds()));
                    s.setArray(2, Sql.texts(c, sources));
                    try (ResultSet rs = s.executeQuery()) {
                        return PositioningPacks.read(rs, query.from().orElse(null));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(LATEST)) {
                s.setArray(1, Sql.texts(c, query.learnerIds()));
                s.setArray(2, Sql.texts(c, sources));
                s.setObject(3, Sql.timestamp(query.from()));
                s.setObject(4, Sql.timestamp(query.from()));
                s.setObject(5, Sql.timestamp(query.to()));
                s.setObject(6, Sql.timestamp(query.to()));
                return readAll(s);
            }
        });
    }

    @Override
    public Page<PositioningRecord> history(String learnerId, PageRequest page) {
        return db.withConnection(c -> Sql.page(c, HISTORY,
                "SELECT count(*) FROM lmskit_positioning WHERE learner_id = ?", s -> {
                    s.setString(1, learnerId);
                    return 2;
                }, JdbcPositioningStore::read, page));
    }

    private static List<PositioningRecord> readAll(PreparedStatement s) throws SQLException {
        List<PositioningRecord> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(read(rs));
            }
        }
        return found;
    }

    private static PositioningRecord read(ResultSet rs) throws SQLException {
        return new PositioningRecord(rs.getLong("id"), rs.getString("learner_id"), rs.getString("competency_code"),
                Sql.optionalString(rs, "level_code"), rs.getString("source"), rs.getString("actor_id"),
                Sql.instant(rs, "at"), Sql.optionalDecimal(rs, "score"), Sql.optionalString(rs, "comment"));
    }
}
