package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lmskit.spi.certification.AchievementRecord;
import org.lmskit.spi.certification.AchievementStore;

final class JdbcAchievementStore implements AchievementStore {
    private static final String TYPE = "achievement";
    private static final String COLUMNS = "learner_id, path_id, badges, step_workshops, step_codes, version";
    private static final String FIND = "SELECT " + COLUMNS + " FROM lmskit_achievement WHERE learner_id = ? AND path_id = ?";
    private static final String FIND_ALL = "SELECT " + COLUMNS
            + " FROM lmskit_achievement WHERE path_id = ? AND learner_id = ANY (?)";
    private static final String INSERT = """
            INSERT INTO lmskit_achievement (badges, step_workshops, step_codes, learner_id, path_id, version)
            VALUES (?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE = """
            UPDATE lmskit_achievement SET badges = ?, step_workshops = ?, step_codes = ?, version = version + 1
            WHERE learner_id = ? AND path_id = ? AND version = ?""";

    private final JdbcTransactions db;

    JdbcAchievementStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<AchievementRecord> find(String learnerId, String pathId) {
        return db.withConnection(c -> Sql.one(c, FIND, JdbcAchievementStore::read, learnerId, pathId));
    }

    @Override
    public Map<String, AchievementRecord> findAll(String pathId, Collection<String> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(FIND_ALL)) {
                s.setString(1, pathId);
                s.setArray(2, Sql.texts(c, learnerIds));
                Map<String, AchievementRecord> found = new HashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        AchievementRecord record = read(rs);
                        found.put(record.learnerId(), record);
                    }
                }
                return found;
            }
        });
    }

    @Override
    public AchievementRecord insert(AchievementRecord achievement) {
        return db.insert(TYPE, achievement.learnerId() + "/" + achievement.pathId(), c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                int next = bind(c, s, achievement);
                s.setString(next, achievement.learnerId());
                s.setString(next + 1, achievement.pathId());
                s.executeUpdate();
                return achievement.withVersion(1);
            }
        });
    }

    @Override
    public AchievementRecord update(AchievementRecord achievement) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                int next = bind(c, s, achievement);
                s.setString(next, achievement.learnerId());
                s.setString(next + 1, achievement.pathId());
                s.setLong(next + 2, achievement.version());
                Sql.requireOneRow(s.executeUpdate(), TYPE, achievement.learnerId() + "/" + achievement.pathId(),
                        achievement.version());
                return achievement.withVersion(achievement.version() + 1);
            }
        });
    }

    /** Binds the badges and the (workshop, step) pairs, sorted; returns the next free index. */
    private static int bind(Connection c, PreparedStatement s, AchievementRecord achievement) throws SQLException {
        List<String> workshops = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        new TreeMap<>(achievement.workshopSteps()).forEach((workshop, steps) -> steps.stream().sorted().forEach(code -> {
            workshops.add(workshop);
            codes.add(code);
        }));
        s.setArray(1, Sql.sortedTexts(c, achievement.badgeThemeIds()));
        s.setArray(2, Sql.texts(c, workshops));
        s.setArray(3, Sql.texts(c, codes));
        return 4;
    }

    private static AchievementRecord read(ResultSet rs) throws SQLException {
        List<String> workshops = Sql.texts(rs, "step_workshops");
        List<String> codes = Sql.texts(rs, "step_codes");
        Map<String, Set<String>> steps = new HashMap<>();
        for (int i = 0; i < workshops.size(); i++) {
            steps.computeIfAbsent(workshops.get(i), w -> new HashSet<>()).add(codes.get(i));
        }
        return new AchievementRecord(rs.getString("learner_id"), rs.getString("path_id"),
                new HashSet<>(Sql.texts(rs, "badges")), steps, rs.getLong("version"));
    }
}
