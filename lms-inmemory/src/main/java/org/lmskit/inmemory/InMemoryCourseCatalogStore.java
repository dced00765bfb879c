package org.lmskit.inmemory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.lmskit.spi.adaptive.CourseCatalogStore;
import org.lmskit.spi.adaptive.CourseRecord;
import org.lmskit.spi.adaptive.LessonRecord;
import org.lmskit.spi.adaptive.PathRecord;
import static org.lmskit.inmemory.InMemoryAdaptiveStores.*;

final class InMemoryCourseCatalogStore implements CourseCatalogStore {
    private final VersionedTable<String, LessonRecord> lessons;
    private final VersionedTable<String, CourseRecord> courses;
    private final VersionedTable<String, PathRecord> paths;

    InMemoryCourseCatalogStore(InMemoryTransactions tx) {
        lessons = new VersionedTable<>("lesson", tx, LessonRecord::lessonId, LessonRecord::version,
                LessonRecord::withVersion);
        courses = new VersionedTable<>("course", tx, CourseRecord::courseId, CourseRecord::version,
                CourseRecord::withVersion);
        paths = new VersionedTable<>("learning-path", tx, PathRecord::pathId, PathRecord::version,
                PathRecord::withVersion);
    }

    @Override
    public Optional<LessonRecord> findLesson(String lessonId) {
        return lessons.find(lessonId);
    }

    @Override
    public List<LessonRecord> findLessons(Collection<String> lessonIds) {
        return lessons.findAll(new TreeSet<>(lessonIds));
    }

    @Override
    public LessonRecord insertLesson(LessonRecord lesson) {
        return lessons.insert(lesson);
    }

    @Override
    public LessonRecord updateLesson(LessonRecord lesson) {
        return lessons.update(lesson);
    }

    @Override
    public Optional<CourseRecord> findCourse(String courseId) {
        return courses.find(courseId);
    }

    @Override
    public CourseRecord insertCourse(CourseRecord course) {
        return courses.insert(course);
    }

    @Override
    public CourseRecord updateCourse(CourseRecord course) {
        return courses.update(course);
    }

    @Override
    public Optional<PathRecord> findPath(String pathId) {
        return paths.find(pathId);
    }

    @Override
    public PathRecord insertPath(PathRecord path) {
        return paths.insert(path);
    }

    @Override
    public PathRecord updatePath(PathRecord path) {
        return paths.update(path);
    }
}
