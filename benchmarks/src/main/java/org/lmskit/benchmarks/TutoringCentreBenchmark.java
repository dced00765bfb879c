package org.lmskit.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.adaptive.AdaptiveViews;
import org.lmskit.core.adaptive.Course;
import org.lmskit.core.adaptive.Lesson;
import org.lmskit.core.adaptive.LessonKind;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14: the tutoring centre of a course of 100,000 learners (10 lessons, nobody started), and the two ways of
 * reading the course's enrolments it could take: offset pages of 1,000 with their count (what it did) and pages
 * sought from the last learner read (what it does, {@code EnrolmentStore.findByCourseAfter}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class TutoringCentreBenchmark {
    static final int LEARNERS = 100_000;
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor TUTOR = Actor.of("tutor", Role.TUTOR);
    private static final CourseId COURSE = CourseId.of("avant-vente");

    @Param({"in-memory", "postgresql"})
    public String adapter;

    private BenchmarkStorage bench;
    private Lms lms;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        bench = BenchmarkStorage.open(adapter);
        lms = Lms.builder().storage(bench.storage).build();
        List<LessonId> lessons = new ArrayList<>();
        for (int l = 0; l < 10; l++) {
            LessonId id = LessonId.of("lesson-" + l);
            lms.adaptive().catalogue().defineLesson(ADMIN, new Lesson(id, "Leçon " + l, LessonKind.E_LEARNING,
                    Duration.ofMinutes(30), false, List.of(), 0));
            lessons.add(id);
        }
        lms.adaptive().catalogue().defineCourse(ADMIN, new Course(COURSE, "Cours 1 : L'avant-vente",
                List.of(new Course.Section("Section", lessons)), Set.of(TUTOR.id()), 0));
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        if (adapter.equals("postgresql")) {
            bench.execute("INSERT INTO lmskit_enrolment (course_id, learner_id, type, enrolled_at, enrolled_by,"
                    + " waived_lessons, waived_reasons, version) SELECT '" + COURSE.value() + "', 'learner-' || i,"
                    + " 'MANDATORY', timestamptz '2026-12-01T09:00:00Z', 'admin', '{}', '{}', 1"
                    + " FROM generate_series(0, " + (LEARNERS - 1) + ") i");
            bench.execute("VACUUM ANALYZE");
        } else {
            for (int i = 0; i < LEARNERS; i++) {
                bench.storage.enrolments().insert(new EnrolmentRecord(COURSE.value(), "learner-" + i, "MANDATORY", at,
                        Optional.empty(), "admin", List.of(), Optional.empty(), 0));
            }
        }
        if (tutoringCentre().learners() != LEARNERS || readCourseByOffsetPages() != LEARNERS
                || readCourseAfterLastLearner() != LEARNERS) {
            throw new IllegalStateException("the course does not hold " + LEARNERS + " learners");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
    }

    @Benchmark
    public AdaptiveViews.TutoringCentre tutoringCentre() {
        return lms.adaptive().tutoring().tutoringCentre(TUTOR, COURSE, Optional.empty());
    }

    /** What the centre did: offset pages of 1,000, each with its count. */
    @Benchmark
    public int readCourseByOffsetPages() {
        return bench.storage.transactions().inReadOnlyTransaction(() -> {
            int read = 0;
            for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
                Page<EnrolmentRecord> page = bench.storage.enrolments().findByCourse(COURSE.value(), Set.of(),
                        new PageRequest(offset, PageRequest.MAX_LIMIT));
                read += page.items().size();
                if (!page.hasNext()) {
                    return read;
                }
            }
        });
    }

    /** What it does: each page sought after the last learner of the one before, nothing counted. */
    @Benchmark
    public int readCourseAfterLastLearner() {
        return bench.storage.transactions().inReadOnlyTransaction(() -> {
            int read = 0;
            Optional<String> after = Optional.empty();
            while (true) {
                List<EnrolmentRecord> page = bench.storage.enrolments().findByCourseAfter(COURSE.value(), Set.of(),
                        after, PageRequest.MAX_LIMIT);
                read += page.size();
                if (page.size() < PageRequest.MAX_LIMIT) {
                    return read;
                }
                after = Optional.of(page.get(page.size() - 1).learnerId());
            }
        });
    }
}
