package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.adaptive.CourseCatalogStore;
import org.lmskit.spi.adaptive.CourseRecord;
import org.lmskit.spi.adaptive.LessonRecord;
import org.lmskit.spi.adaptive.PathRecord;
import static org.lmskit.jdbc.Sql.insert;
import static org.lmskit.jdbc.Sql.ints;
import static org.lmskit.jdbc.Sql.split;
import static org.lmskit.jdbc.Sql.update;

final class JdbcCourseCatalogStore implements CourseCatalogStore {
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
    private final VersionedRows<LessonRecord> lessons;
    private final VersionedRows<CourseRecord> courses;
    private final VersionedRows<PathRecord> paths;

    JdbcCourseCatalogStore(JdbcTransactions db) {
        this.db = db;
        lessons = new VersionedRows<>(db, "lesson") {
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
        courses = new VersionedRows<>(db, "course") {
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
        paths = new VersionedRows<>(db, "learning-path") {
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
        return insert(db, "lesson", lesson.lessonId(), LESSON_INSERT, JdbcCourseCatalogStore::bindLesson, lesson,
                lesson.withVersion(1));
    }

    @Override
    public LessonRecord updateLesson(LessonRecord lesson) {
        return update(db, "lesson", lesson.lessonId(), lesson.version(), LESSON_UPDATE, JdbcCourseCatalogStore::bindLesson, lesson,
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
        return insert(db, "course", course.courseId(), COURSE_INSERT, JdbcCourseCatalogStore::bindCourse, course,
                course.withVersion(1));
    }

    @Override
    public CourseRecord updateCourse(CourseRecord course) {
        return update(db, "course", course.courseId(), course.version(), COURSE_UPDATE, JdbcCourseCatalogStore::bindCourse, course,
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
        return insert(db, "learning-path", path.pathId(), PATH_INSERT, JdbcCourseCatalogStore::bindPath, path, path.withVersion(1));
    }

    @Override
    public PathRecord updatePath(PathRecord path) {
        return update(db, "learning-path", path.pathId(), path.version(), PATH_UPDATE, JdbcCourseCatalogStore::bindPath, path,
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
