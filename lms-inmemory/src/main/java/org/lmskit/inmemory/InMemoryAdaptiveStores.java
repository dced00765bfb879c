package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

/** The adaptive-course capability's stores, in memory. */
final class InMemoryAdaptiveStores {
    private InMemoryAdaptiveStores() {
    }

    static final class Catalog implements CourseCatalogStore {
        private final VersionedTable<String, LessonRecord> lessons;
        private final VersionedTable<String, CourseRecord> courses;
        private final VersionedTable<String, PathRecord> paths;

        Catalog(InMemoryTransactions tx) {
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

    /** Rows kept twice, by an outer and an inner key, with the undo registered for both. */
    private static final class TwoWayIndex<R> {
        private final InMemoryTransactions tx;
        private final Map<String, TreeMap<String, R>> byFirst = new HashMap<>();
        private final Map<String, TreeMap<String, R>> bySecond = new HashMap<>();

        TwoWayIndex(InMemoryTransactions tx) {
            this.tx = tx;
        }

        void put(String first, String second, R row) {
            TreeMap<String, R> a = byFirst.computeIfAbsent(first, k -> new TreeMap<>());
            TreeMap<String, R> b = bySecond.computeIfAbsent(second, k -> new TreeMap<>());
            R previous = a.put(second, row);
            b.put(first, row);
            tx.onRollback(() -> {
                if (previous == null) {
                    a.remove(second);
                    b.remove(first);
                } else {
                    a.put(second, previous);
                    b.put(first, previous);
                }
            });
        }

        TreeMap<String, R> byFirst(String first) {
            return byFirst.getOrDefault(first, new TreeMap<>());
        }

        TreeMap<String, R> bySecond(String second) {
            return bySecond.getOrDefault(second, new TreeMap<>());
        }
    }

    static final class Enrolments implements EnrolmentStore {
        private final InMemoryTransactions tx;
        private final VersionedTable<List<String>, EnrolmentRecord> table;
        private final TwoWayIndex<EnrolmentRecord> index;

        Enrolments(InMemoryTransactions tx) {
            this.tx = tx;
            table = new VersionedTable<>("enrolment", tx, e -> List.of(e.courseId(), e.learnerId()),
                    EnrolmentRecord::version, EnrolmentRecord::withVersion);
            index = new TwoWayIndex<>(tx);
        }

        @Override
        public Optional<EnrolmentRecord> find(String courseId, String learnerId) {
            return table.find(List.of(courseId, learnerId));
        }

        @Override
        public EnrolmentRecord insert(EnrolmentRecord enrolment) {
            return tx.write(() -> indexed(table.insert(enrolment)));
        }

        @Override
        public EnrolmentRecord update(EnrolmentRecord enrolment) {
            return tx.write(() -> indexed(table.update(enrolment)));
        }

        private EnrolmentRecord indexed(EnrolmentRecord stored) {
            index.put(stored.courseId(), stored.learnerId(), stored);
            return stored;
        }

        @Override
        public Page<EnrolmentRecord> findByCourse(String courseId, Set<String> types, PageRequest page) {
            return tx.read(() -> {
                List<EnrolmentRecord> items = new ArrayList<>(Math.min(page.limit(), 64));
                long total = 0;
                for (EnrolmentRecord e : index.byFirst(courseId).values()) {
                    if (!types.isEmpty() && !types.contains(e.type())) {
                        continue;
                    }
                    if (total >= page.offset() && items.size() < page.limit()) {
                        items.add(e);
                    }
                    total++;
                }
                return new Page<>(items, total, page);
            });
        }

        @Override
        public List<EnrolmentRecord> findByLearner(String learnerId) {
            return tx.read(() -> List.copyOf(index.bySecond(learnerId).values()));
        }

        @Override
        public List<EnrolmentRecord> findByLearners(Collection<String> learnerIds) {
            return tx.read(() -> {
                List<EnrolmentRecord> found = new ArrayList<>();
                for (String learner : new TreeSet<>(learnerIds)) {
                    found.addAll(index.bySecond(learner).values());
                }
                return found;
            });
        }
    }

    static final class Progress implements LessonProgressStore {
        private final InMemoryTransactions tx;
        private final VersionedTable<List<String>, LessonProgressRecord> table;
        private final Map<String, TreeMap<String, LessonProgressRecord>> byLearner = new HashMap<>();

        Progress(InMemoryTransactions tx) {
            this.tx = tx;
            table = new VersionedTable<>("lesson-progress", tx, p -> List.of(p.learnerId(), p.lessonId()),
                    LessonProgressRecord::version, LessonProgressRecord::withVersion);
        }

        @Override
        public Optional<LessonProgressRecord> find(String learnerId, String lessonId) {
            return table.find(List.of(learnerId, lessonId));
        }

        @Override
        public LessonProgressRecord insert(LessonProgressRecord progress) {
            return tx.write(() -> indexed(table.insert(progress)));
        }

        @Override
        public LessonProgressRecord update(LessonProgressRecord progress) {
            return tx.write(() -> indexed(table.update(progress)));
        }

        private LessonProgressRecord indexed(LessonProgressRecord stored) {
            TreeMap<String, LessonProgressRecord> lessons = byLearner.computeIfAbsent(stored.learnerId(),
                    k -> new TreeMap<>());
            LessonProgressRecord previous = lessons.put(stored.lessonId(), stored);
            tx.onRollback(() -> {
                if (previous == null) {
                    lessons.remove(stored.lessonId());
                } else {
                    lessons.put(stored.lessonId(), previous);
                }
            });
            return stored;
        }

        @Override
        public List<LessonProgressRecord> findAll(Collection<String> learnerIds, Collection<String> lessonIds) {
            return tx.read(() -> {
                List<LessonProgressRecord> found = new ArrayList<>();
                TreeSet<String> lessons = new TreeSet<>(lessonIds);
                for (String learner : new TreeSet<>(learnerIds)) {
                    TreeMap<String, LessonProgressRecord> own = byLearner.get(learner);
                    if (own == null) {
                        continue;
                    }
                    for (String lesson : lessons) {
                        LessonProgressRecord p = own.get(lesson);
                        if (p != null) {
                            found.add(p);
                        }
                    }
                }
                return found;
            });
        }

        @Override
        public List<LessonProgressRecord> findByLearner(String learnerId) {
            return tx.read(() -> List.copyOf(byLearner.getOrDefault(learnerId, new TreeMap<>()).values()));
        }
    }
}
