package org.lmskit.jdbc;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.adaptive.CourseCatalogStore;
import org.lmskit.spi.adaptive.CourseRecord;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.adaptive.EnrolmentStore;
import org.lmskit.spi.adaptive.LessonProgressRecord;
import org.lmskit.spi.adaptive.LessonProgressStore;
import org.lmskit.spi.adaptive.LessonRecord;
import org.lmskit.spi.adaptive.PathRecord;

/** The adaptive-course capability's stores on PostgreSQL; nested lists are flattened into parallel arrays. */
final class JdbcAdaptiveStores {
    private JdbcAdaptiveStores() {
    }

    /** Reads and writes one kind of versioned row keyed by text columns. */
    private abstract static class Rows<R> {
        final JdbcTransactions db;
        final String type;

        Rows(JdbcTransactions db, String type) {
            this.db = db;
            this.type = type;
        }

        abstract R read(ResultSet rs) throws SQLException;

        Optional<R> one(String sql, String... keys) {
            return db.withConnection(c -> Sql.one(c, sql, this::read, keys));
        }

        List<R> all(PreparedStatement s) throws SQLException {
            List<R> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
            return found;
        }
    }

    @FunctionalInterface
    private interface Binder<R> {
        /** Binds every column but the version and returns the index of the version parameter. */
        int bind(Connection c, PreparedStatement s, R row) throws SQLException;
    }

    private static <R> R insert(JdbcTransactions db, String type, String id, String sql, Binder<R> binder, R row,
                                R stored) {
        return db.insert(type, id, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(c, s, row);
                s.executeUpdate();
                return stored;
            }
        });
    }

    private static <R> R update(JdbcTransactions db, String type, String id, long version, String sql,
                                Binder<R> binder, R row, R stored) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(binder.bind(c, s, row), version);
                Sql.requireOneRow(s.executeUpdate(), type, id, version);
                return stored;
            }
        });
    }

    static final class Catalog implements CourseCatalogStore {
        private static final String LESSON_COLUMNS = "lesson_id, title, kind, duration_seconds, optional, target_codes,"
                + " target_levels, version";
        private static final String LESSON_INSERT = "INSERT INTO lmskit_lesson (title, kind, duration_seconds, optional,"
                + " target_codes, target_levels, lesson_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)";
        private static final String LESSON_UPDATE = "UPDATE lmskit_lesson SET title = ?, kind = ?, duration_seconds = ?,"
                + " optional = ?, target_codes = ?, target_levels = ?, version = version + 1"
                + " WHERE lesson_id = ? AND version = ?";
        private static final String COURSE_COLUMNS = "course_id, title, section_titles, section_sizes, lesson_ids,"
                + " tutors, version";
        private static final String COURSE_INSERT = "INSERT INTO lmskit_course (title, section_titles, section_sizes,"
                + " lesson_ids, tutors, course_id, version) VALUES (?, ?, ?, ?, ?, ?, 1)";
        private static final String COURSE_UPDATE = "UPDATE lmskit_course SET title = ?, section_titles = ?,"
                + " section_sizes = ?, lesson_ids = ?, tutors = ?, version = version + 1"
                + " WHERE course_id = ? AND version = ?";
        private static final String PATH_COLUMNS = "path_id, title, locks_workshops, theme_ids, theme_titles,"
                + " theme_quizzes, theme_sizes, module_ids, module_titles, module_sizes, lesson_ids, workshop_ids,"
                + " workshop_titles, workshop_sizes, workshop_modules, version";
        private static final String PATH_INSERT = "INSERT INTO lmskit_learning_path (title, locks_workshops, theme_ids,"
                + " theme_titles, theme_quizzes, theme_sizes, module_ids, module_titles, module_sizes, lesson_ids,"
                + " workshop_ids, workshop_titles, workshop_sizes, workshop_modules, path_id, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        private static final String PATH_UPDATE = "UPDATE lmskit_learning_path SET title = ?, locks_workshops = ?,"
                + " theme_ids = ?, theme_titles = ?, theme_quizzes = ?, theme_sizes = ?, module_ids = ?,"
                + " module_titles = ?, module_sizes = ?, lesson_ids = ?, workshop_ids = ?, workshop_titles = ?,"
                + " workshop_sizes = ?, workshop_modules = ?, version = version + 1 WHERE path_id = ? AND version = ?";

        private final JdbcTransactions db;
        private final Rows<LessonRecord> lessons;
        private final Rows<CourseRecord> courses;
        private final Rows<PathRecord> paths;

        Catalog(JdbcTransactions db) {
            this.db = db;
            lessons = new Rows<>(db, "lesson") {
                @Override
                LessonRecord read(ResultSet rs) throws SQLException {
                    List<String> codes = Sql.texts(rs, "target_codes");
                    List<String> levels = Sql.texts(rs, "target_levels");
                    List<LessonRecord.Target> targets = new ArrayList<>(codes.size());
                    for (int i = 0; i < codes.size(); i++) {
                        targets.add(new LessonRecord.Target(codes.get(i), Optional.ofNullable(levels.get(i))));
                    }
                    return new LessonRecord(rs.getString("lesson_id"), rs.getString("title"), rs.getString("kind"),
                            rs.getLong("duration_seconds"), rs.getBoolean("optional"), targets, rs.getLong("version"));
                }
            };
            courses = new Rows<>(db, "course") {
                @Override
                CourseRecord read(ResultSet rs) throws SQLException {
                    List<String> titles = Sql.texts(rs, "section_titles");
                    List<List<String>> parts = split(Sql.texts(rs, "lesson_ids"), ints(rs, "section_sizes"));
                    List<CourseRecord.Section> sections = new ArrayList<>(titles.size());
                    for (int i = 0; i < titles.size(); i++) {
                        sections.add(new CourseRecord.Section(titles.get(i), parts.get(i)));
                    }
                    return new CourseRecord(rs.getString("course_id"), rs.getString("title"), sections,
                            Sql.texts(rs, "tutors"), rs.getLong("version"));
                }
            };
            paths = new Rows<>(db, "learning-path") {
                @Override
                PathRecord read(ResultSet rs) throws SQLException {
                    List<String> moduleIds = Sql.texts(rs, "module_ids");
                    List<String> moduleTitles = Sql.texts(rs, "module_titles");
                    List<List<String>> moduleLessons = split(Sql.texts(rs, "lesson_ids"), ints(rs, "module_sizes"));
                    List<PathRecord.Module> modules = new ArrayList<>(moduleIds.size());
                    for (int i = 0; i < moduleIds.size(); i++) {
                        modules.add(new PathRecord.Module(moduleIds.get(i), moduleTitles.get(i), moduleLessons.get(i)));
                    }
                    List<String> themeIds = Sql.texts(rs, "theme_ids");
                    List<String> themeTitles = Sql.texts(rs, "theme_titles");
                    Boolean[] quizzes = (Boolean[]) rs.getArray("theme_quizzes").getArray();
                    List<List<PathRecord.Module>> themeModules = split(modules, ints(rs, "theme_sizes"));
                    List<PathRecord.Theme> themes = new ArrayList<>(themeIds.size());
                    for (int i = 0; i < themeIds.size(); i++) {
                        themes.add(new PathRecord.Theme(themeIds.get(i), themeTitles.get(i), quizzes[i],
                                themeModules.get(i)));
                    }
                    List<String> workshopIds = Sql.texts(rs, "workshop_ids");
                    List<String> workshopTitles = Sql.texts(rs, "workshop_titles");
                    List<List<String>> workshopModules = split(Sql.texts(rs, "workshop_modules"),
                            ints(rs, "workshop_sizes"));
                    List<PathRecord.Workshop> workshops = new ArrayList<>(workshopIds.size());
                    for (int i = 0; i < workshopIds.size(); i++) {
                        workshops.add(new PathRecord.Workshop(workshopIds.get(i), workshopTitles.get(i),
                                workshopModules.get(i)));
                    }
                    return new PathRecord(rs.getString("path_id"), rs.getString("title"), themes,
                            rs.getBoolean("locks_workshops"), workshops, rs.getLong("version"));
                }
            };
        }

        @Override
        public Optional<LessonRecord> findLesson(String lessonId) {
            return lessons.one("SELECT " + LESSON_COLUMNS + " FROM lmskit_lesson WHERE lesson_id = ?", lessonId);
        }

        @Override
        public List<LessonRecord> findLessons(Collection<String> lessonIds) {
            if (lessonIds.isEmpty()) {
                return List.of();
            }
            return db.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT " + LESSON_COLUMNS
                        + " FROM lmskit_lesson WHERE lesson_id = ANY (?) ORDER BY lesson_id")) {
                    s.setArray(1, Sql.texts(c, lessonIds));
                    return lessons.all(s);
                }
            });
        }

        @Override
        public LessonRecord insertLesson(LessonRecord lesson) {
            return insert(db, "lesson", lesson.lessonId(), LESSON_INSERT, Catalog::bindLesson, lesson,
                    lesson.withVersion(1));
        }

        @Override
        public LessonRecord updateLesson(LessonRecord lesson) {
            return update(db, "lesson", lesson.lessonId(), lesson.version(), LESSON_UPDATE, Catalog::bindLesson, lesson,
                    lesson.withVersion(lesson.version() + 1));
        }

        private static int bindLesson(Connection c, PreparedStatement s, LessonRecord r) throws SQLException {
            s.setString(1, r.title());
            s.setString(2, r.kind());
            s.setLong(3, r.durationSeconds());
            s.setBoolean(4, r.optional());
            s.setArray(5, Sql.texts(c, r.targets().stream().map(LessonRecord.Target::competencyCode).toList()));
            s.setArray(6, c.createArrayOf("text", r.targets().stream().map(t -> t.levelCode().orElse(null))
                    .toArray(String[]::new)));
            s.setString(7, r.lessonId());
            return 8;
        }

        @Override
        public Optional<CourseRecord> findCourse(String courseId) {
            return courses.one("SELECT " + COURSE_COLUMNS + " FROM lmskit_course WHERE course_id = ?", courseId);
        }

        @Override
        public CourseRecord insertCourse(CourseRecord course) {
            return insert(db, "course", course.courseId(), COURSE_INSERT, Catalog::bindCourse, course,
                    course.withVersion(1));
        }

        @Override
        public CourseRecord updateCourse(CourseRecord course) {
            return update(db, "course", course.courseId(), course.version(), COURSE_UPDATE, Catalog::bindCourse, course,
                    course.withVersion(course.version() + 1));
        }

        private static int bindCourse(Connection c, PreparedStatement s, CourseRecord r) throws SQLException {
            s.setString(1, r.title());
            s.setArray(2, Sql.texts(c, r.sections().stream().map(CourseRecord.Section::title).toList()));
            s.setArray(3, ints(c, r.sections().stream().map(x -> x.lessonIds().size()).toList()));
            s.setArray(4, Sql.texts(c, r.sections().stream().flatMap(x -> x.lessonIds().stream()).toList()));
            s.setArray(5, Sql.texts(c, r.tutors()));
            s.setString(6, r.courseId());
            return 7;
        }

        @Override
        public Optional<PathRecord> findPath(String pathId) {
            return paths.one("SELECT " + PATH_COLUMNS + " FROM lmskit_learning_path WHERE path_id = ?", pathId);
        }

        @Override
        public PathRecord insertPath(PathRecord path) {
            return insert(db, "learning-path", path.pathId(), PATH_INSERT, Catalog::bindPath, path, path.withVersion(1));
        }

        @Override
        public PathRecord updatePath(PathRecord path) {
            return update(db, "learning-path", path.pathId(), path.version(), PATH_UPDATE, Catalog::bindPath, path,
                    path.withVersion(path.version() + 1));
        }

        private static int bindPath(Connection c, PreparedStatement s, PathRecord r) throws SQLException {
            List<PathRecord.Module> modules = r.themes().stream().flatMap(t -> t.modules().stream()).toList();
            s.setString(1, r.title());
            s.setBoolean(2, r.locksWorkshops());
            s.setArray(3, Sql.texts(c, r.themes().stream().map(PathRecord.Theme::themeId).toList()));
            s.setArray(4, Sql.texts(c, r.themes().stream().map(PathRecord.Theme::title).toList()));
            s.setArray(5, c.createArrayOf("boolean", r.themes().stream().map(PathRecord.Theme::programQuiz)
                    .toArray(Boolean[]::new)));
            s.setArray(6, ints(c, r.themes().stream().map(t -> t.modules().size()).toList()));
            s.setArray(7, Sql.texts(c, modules.stream().map(PathRecord.Module::moduleId).toList()));
            s.setArray(8, Sql.texts(c, modules.stream().map(PathRecord.Module::title).toList()));
            s.setArray(9, ints(c, modules.stream().map(m -> m.lessonIds().size()).toList()));
            s.setArray(10, Sql.texts(c, modules.stream().flatMap(m -> m.lessonIds().stream()).toList()));
            s.setArray(11, Sql.texts(c, r.workshops().stream().map(PathRecord.Workshop::workshopId).toList()));
            s.setArray(12, Sql.texts(c, r.workshops().stream().map(PathRecord.Workshop::title).toList()));
            s.setArray(13, ints(c, r.workshops().stream().map(w -> w.moduleIds().size()).toList()));
            s.setArray(14, Sql.texts(c, r.workshops().stream().flatMap(w -> w.moduleIds().stream()).toList()));
            s.setString(15, r.pathId());
            return 16;
        }
    }

    static final class Enrolments extends Rows<EnrolmentRecord> implements EnrolmentStore {
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

        Enrolments(JdbcTransactions db) {
            super(db, "enrolment");
        }

        @Override
        public Optional<EnrolmentRecord> find(String courseId, String learnerId) {
            return one("SELECT " + COLUMNS + " FROM lmskit_enrolment WHERE course_id = ? AND learner_id = ?", courseId,
                    learnerId);
        }

        @Override
        public EnrolmentRecord insert(EnrolmentRecord e) {
            return JdbcAdaptiveStores.insert(db, type, e.courseId() + "/" + e.learnerId(), INSERT, Enrolments::bind, e,
                    e.withVersion(1));
        }

        @Override
        public EnrolmentRecord update(EnrolmentRecord e) {
            return JdbcAdaptiveStores.update(db, type, e.courseId() + "/" + e.learnerId(), e.version(), UPDATE,
                    Enrolments::bind, e, e.withVersion(e.version() + 1));
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

    static final class Progress extends Rows<LessonProgressRecord> implements LessonProgressStore {
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

        Progress(JdbcTransactions db) {
            super(db, "lesson-progress");
        }

        @Override
        public Optional<LessonProgressRecord> find(String learnerId, String lessonId) {
            return one("SELECT " + COLUMNS + " FROM lmskit_lesson_progress WHERE learner_id = ? AND lesson_id = ?",
                    learnerId, lessonId);
        }

        @Override
        public LessonProgressRecord insert(LessonProgressRecord p) {
            return JdbcAdaptiveStores.insert(db, type, p.learnerId() + "/" + p.lessonId(), INSERT, Progress::bind, p,
                    p.withVersion(1));
        }

        @Override
        public LessonProgressRecord update(LessonProgressRecord p) {
            return JdbcAdaptiveStores.update(db, type, p.learnerId() + "/" + p.lessonId(), p.version(), UPDATE,
                    Progress::bind, p, p.withVersion(p.version() + 1));
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

    private static Array ints(Connection c, List<Integer> values) throws SQLException {
        return c.createArrayOf("integer", values.toArray(Integer[]::new));
    }

    private static List<Integer> ints(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((Integer[]) rs.getArray(column).getArray());
    }

    /** Cuts {@code flat} into consecutive runs of the given sizes. */
    private static <T> List<List<T>> split(List<T> flat, List<Integer> sizes) {
        List<List<T>> parts = new ArrayList<>(sizes.size());
        int from = 0;
        for (int size : sizes) {
            parts.add(List.copyOf(flat.subList(from, from + size)));
            from += size;
        }
        return parts;
    }
}
