package org.lmskit.spi.adaptive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Lessons, courses and paths under optimistic versions; ids are unique per kind.
 * Inserts throw {@link org.lmskit.spi.DuplicateKeyException}, stale updates {@link org.lmskit.spi.StaleVersionException}.
 */
public interface CourseCatalogStore {

    Optional<LessonRecord> findLesson(String lessonId);

    /** Several lessons in one call, ordered by id; unknown ids are skipped. */
    List<LessonRecord> findLessons(Collection<String> lessonIds);

    LessonRecord insertLesson(LessonRecord lesson);

    LessonRecord updateLesson(LessonRecord lesson);

    Optional<CourseRecord> findCourse(String courseId);

    CourseRecord insertCourse(CourseRecord course);

    CourseRecord updateCourse(CourseRecord course);

    Optional<PathRecord> findPath(String pathId);

    PathRecord insertPath(PathRecord path);

    PathRecord updatePath(PathRecord path);
}
