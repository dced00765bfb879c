package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.adaptive.EnrolmentStore;
import static org.lmskit.jdbc.Sql.insert;
import static org.lmskit.jdbc.Sql.ints;
import static org.lmskit.jdbc.Sql.split;
import static org.lmskit.jdbc.Sql.update;

final class JdbcEnrolmentStore extends VersionedRows<EnrolmentRecord> implements EnrolmentStore {
    private static final String COLUMNS = "course_id, learner_id, type, enrolled_at, due_on, enrolled_by,"
            + " waived_lessons, waived_reasons, adapted_at, version";
    private static final String INSERT = "INSERT INTO lmskit_enrolment (type, enrolled_at, due_on, enrolled_by,"
            + " waived_lessons, waived_reasons, adapted_at, course_id, learner_id, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE lmskit_enrolment SET type = ?, enrolled_at = ?, due_on = ?,"
            + " enrolled_by = ?, waived_lessons = ?, waived_reasons = ?, adapted_at = ?, version = version + 1"
            + " WHERE course_id = ? AND learner_id = ? AND version = ?";
    private static final String BY_COURSE_WHERE = " WHERE course_id = ? AND (cardinality(?::text[]) = 0"
            + " OR type = ANY (?))";

    JdbcEnrolmentStore(JdbcTransactions db) {
        super(db, "enrolment");
    }

    @Override
    public Optional<EnrolmentRecord> find(String courseId, String learnerId) {
        return one("SELECT " + COLUMNS + " FROM lmskit_enrolment WHERE course_id = ? AND learner_id = ?", courseId,
                learnerId);
    }

    @Override
    public EnrolmentRecord insert(EnrolmentRecord e) {
        return Sql.insert(db, type, e.courseId() + "/" + e.learnerId(), INSERT, JdbcEnrolmentStore::bind, e,
                e.withVersion(1));
    }

    @Override
    public EnrolmentRecord update(EnrolmentRecord e) {
        return Sql.update(db, type, e.courseId() + "/" + e.learnerId(), e.version(), UPDATE,
                JdbcEnrolmentStore::bind, e, e.withVersion(e.version() + 1));
    }

    @Override
    public Page<EnrolmentRecord> findByCourse(String courseId, Set<String> types, PageRequest page) {
        return db.withConnection(c -> Sql.page(c, "SELECT " + COLUMNS + ", count(*) OVER () AS total"
                        + " FROM lmskit_enrolment" + BY_COURSE_WHERE + " ORDER BY learner_id LIMIT ? OFFSET ?",
                "SELECT count(*) FROM lmskit_enrolment" + BY_COURSE_WHERE, s -> {
                    s.setString(1, courseId);
                    s.setArray(2, Sql.texts(c, types));
                    s.setArray(3, Sql.texts(c, types));
                    return 4;
                }, this::read, page));
    }

    @Override
    public List<EnrolmentRecord> findByCourseAfter(String courseId, Set<String> types,
                                                   java.util.Optional<String> afterLearnerId, int limit) {
        EnrolmentStore.checkAfter(courseId, types, afterLearnerId, limit);
        // seeks along the primary key (course_id, learner_id): nothing before the token is read, nothing counted
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM lmskit_enrolment"
                    + BY_COURSE_WHERE + " AND (?::text IS NULL OR learner_id > ?) ORDER BY learner_id LIMIT ?")) {
                s.setString(1, courseId);
                s.setArray(2, Sql.texts(c, types));
                s.setArray(3, Sql.texts(c, types));
                s.setString(4, afterLearnerId.orElse(null));
                s.setString(5, afterLearnerId.orElse(null));
                s.setInt(6, limit);
                return all(s);
            }
        });
    }

    @Override
    public List<EnrolmentRecord> findByLearner(String learnerId) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM lmskit_enrolment WHERE learner_id = ? ORDER BY course_id")) {
                s.setString(1, learnerId);
                return all(s);
            }
        });
    }

    @Override
    public List<EnrolmentRecord> findByLearners(Collection<String> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM lmskit_enrolment WHERE learner_id = ANY (?) ORDER BY learner_id, course_id")) {
                s.setArray(1, Sql.texts(c, learnerIds));
                return all(s);
            }
        });
    }

    private static int bind(Connection c, PreparedStatement s, EnrolmentRecord e) throws SQLException {
        s.setString(1, e.type());
        s.setObject(2, Sql.timestamp(e.enrolledAt()));
        s.setObject(3, e.dueOn().orElse(null));
        s.setString(4, e.enrolledBy());
        s.setArray(5, Sql.texts(c, e.waived().stream().map(EnrolmentRecord.Waiver::lessonId).toList()));
        s.setArray(6, Sql.texts(c, e.waived().stream().map(EnrolmentRecord.Waiver::reason).toList()));
        s.setObject(7, Sql.timestamp(e.adaptedAt()));
        s.setString(8, e.courseId());
        s.setString(9, e.learnerId());
        return 10;
    }

    @Override
    EnrolmentRecord read(ResultSet rs) throws SQLException {
        List<String> lessons = Sql.texts(rs, "waived_lessons");
        List<String> reasons = Sql.texts(rs, "waived_reasons");
        List<EnrolmentRecord.Waiver> waived = new ArrayList<>(lessons.size());
        for (int i = 0; i < lessons.size(); i++) {
            waived.add(new EnrolmentRecord.Waiver(lessons.get(i), reasons.get(i)));
        }
        return new EnrolmentRecord(rs.getString("course_id"), rs.getString("learner_id"), rs.getString("type"),
                Sql.instant(rs, "enrolled_at"), Optional.ofNullable(rs.getObject("due_on", LocalDate.class)),
                rs.getString("enrolled_by"), waived, Sql.optionalInstant(rs, "adapted_at"), rs.getLong("version"));
    }
}
