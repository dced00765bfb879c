package org.lmskit.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.adaptive.LessonProgressRecord;
import org.lmskit.spi.adaptive.LessonProgressStore;
import static org.lmskit.jdbc.Sql.insert;
import static org.lmskit.jdbc.Sql.ints;
import static org.lmskit.jdbc.Sql.split;
import static org.lmskit.jdbc.Sql.update;

final class JdbcLessonProgressStore extends VersionedRows<LessonProgressRecord> implements LessonProgressStore {
    private static final String COLUMNS = "learner_id, lesson_id, status, completed_by, awaiting_correction,"
            + " attempt_at_micros, attempt_status, attempt_score, attempt_seconds, seconds_spent, score, status_at,"
            + " version";
    private static final String INSERT = "INSERT INTO lmskit_lesson_progress (status, completed_by,"
            + " awaiting_correction, attempt_at_micros, attempt_status, attempt_score, attempt_seconds,"
            + " seconds_spent, score, status_at, learner_id, lesson_id, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE lmskit_lesson_progress SET status = ?, completed_by = ?,"
            + " awaiting_correction = ?, attempt_at_micros = ?, attempt_status = ?, attempt_score = ?,"
            + " attempt_seconds = ?, seconds_spent = ?, score = ?, status_at = ?, version = version + 1"
            + " WHERE learner_id = ? AND lesson_id = ? AND version = ?";

    JdbcLessonProgressStore(JdbcTransactions db) {
        super(db, "lesson-progress");
    }

    @Override
    public Optional<LessonProgressRecord> find(String learnerId, String lessonId) {
        return one("SELECT " + COLUMNS + " FROM lmskit_lesson_progress WHERE learner_id = ? AND lesson_id = ?",
                learnerId, lessonId);
    }

    @Override
    public LessonProgressRecord insert(LessonProgressRecord p) {
        return Sql.insert(db, type, p.learnerId() + "/" + p.lessonId(), INSERT, JdbcLessonProgressStore::bind, p,
                p.withVersion(1));
    }

    @Override
    public LessonProgressRecord update(LessonProgressRecord p) {
        return Sql.update(db, type, p.learnerId() + "/" + p.lessonId(), p.version(), UPDATE,
                JdbcLessonProgressStore::bind, p, p.withVersion(p.version() + 1));
    }

    @Override
    public List<LessonProgressRecord> findAll(Collection<String> learnerIds, Collection<String> lessonIds) {
        if (learnerIds.isEmpty() || lessonIds.isEmpty()) {
            return List.of();
        }
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM lmskit_lesson_progress"
                    + " WHERE learner_id = ANY (?) AND lesson_id = ANY (?) ORDER BY learner_id, lesson_id")) {
                s.setArray(1, Sql.texts(c, learnerIds));
                s.setArray(2, Sql.texts(c, lessonIds));
                return all(s);
            }
        });
    }

    @Override
    public List<LessonProgressRecord> findByLearner(String learnerId) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM lmskit_lesson_progress"
                    + " WHERE learner_id = ? ORDER BY lesson_id")) {
                s.setString(1, learnerId);
                return all(s);
            }
        });
    }

    private static int bind(Connection c, PreparedStatement s, LessonProgressRecord p) throws SQLException {
        s.setString(1, p.status());
        s.setString(2, p.completedBy().orElse(null));
        s.setBoolean(3, p.awaitingCorrection());
        s.setArray(4, c.createArrayOf("bigint", p.attempts().stream()
                .map(a -> ChronoUnit.MICROS.between(Instant.EPOCH, a.at())).toArray(Long[]::new)));
        s.setArray(5, Sql.texts(c, p.attempts().stream().map(LessonProgressRecord.Attempt::status).toList()));
        s.setArray(6, c.createArrayOf("numeric", p.attempts().stream().map(a -> a.score().orElse(null))
                .toArray(BigDecimal[]::new)));
        s.setArray(7, c.createArrayOf("bigint", p.attempts().stream().map(LessonProgressRecord.Attempt::secondsSpent)
                .toArray(Long[]::new)));
        s.setLong(8, p.secondsSpent());
        s.setBigDecimal(9, p.score().orElse(null));
        s.setObject(10, Sql.timestamp(p.statusAt()));
        s.setString(11, p.learnerId());
        s.setString(12, p.lessonId());
        return 13;
    }

    @Override
    LessonProgressRecord read(ResultSet rs) throws SQLException {
        Long[] at = (Long[]) rs.getArray("attempt_at_micros").getArray();
        List<String> statuses = Sql.texts(rs, "attempt_status");
        BigDecimal[] scores = (BigDecimal[]) rs.getArray("attempt_score").getArray();
        Long[] seconds = (Long[]) rs.getArray("attempt_seconds").getArray();
        List<LessonProgressRecord.Attempt> attempts = new ArrayList<>(at.length);
        for (int i = 0; i < at.length; i++) {
            attempts.add(new LessonProgressRecord.Attempt(Instant.EPOCH.plus(at[i], ChronoUnit.MICROS),
                    statuses.get(i), Optional.ofNullable(scores[i]), seconds[i]));
        }
        return new LessonProgressRecord(rs.getString("learner_id"), rs.getString("lesson_id"),
                rs.getString("status"), Sql.optionalString(rs, "completed_by"), rs.getBoolean("awaiting_correction"),
                attempts, rs.getLong("seconds_spent"), Sql.optionalDecimal(rs, "score"),
                Sql.optionalInstant(rs, "status_at"), rs.getLong("version"));
    }
}
