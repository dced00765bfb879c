package org.lmskit.benchmarks;

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
import org.lmskit.core.adaptive.EnrolmentType;
import org.lmskit.core.adaptive.Lesson;
import org.lmskit.core.adaptive.LessonKind;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue budget: enrolling 100,000 learners in a 200-lesson course targeting 20 competencies, in memory, on
 * one thread, under 2 s in total. Each learner holds the job (level 3 required everywhere) and two
 * positionings on each of ten competencies, so about a third of the lessons are waived; every run starts
 * from fresh storage (one shot per iteration), so it measures first enrolments, adaptation included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class AdaptiveEnrolmentBenchmark {
    static final int LEARNERS = 100_000;
    static final int LESSONS = 200;
    static final int COMPETENCIES = 20;
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final CourseId COURSE = CourseId.of("ccr-200");

    private Lms lms;
    private List<UserId> learners;

    @Setup(Level.Iteration)
    public void setUp() {
        InMemoryStorage storage = InMemoryStorage.create();
        lms = Lms.builder().storage(storage).build();
        List<CompetencyCode> codes = BenchmarkJob.define(lms, ADMIN, "CGCR-", COMPETENCIES);
        JobId job = BenchmarkJob.CCR;
        List<LessonId> lessons = new ArrayList<>();
        for (int l = 0; l < LESSONS; l++) {
            List<Lesson.Target> targets = l % 10 == 9 ? List.of()
                    : l % 3 == 0 ? List.of(Lesson.Target.atJobLevel(codes.get(l % COMPETENCIES)),
                    Lesson.Target.atJobLevel(codes.get((l + 7) % COMPETENCIES)))
                    : List.of(Lesson.Target.atJobLevel(codes.get(l % COMPETENCIES)));
            Lesson lesson = lms.adaptive().catalogue().defineLesson(ADMIN, new Lesson(LessonId.of("lesson-" + l), "Lesson " + l,
                    LessonKind.VIDEO, Duration.ofMinutes(10), l % 17 == 0, targets, 0));
            lessons.add(lesson.id());
        }
        lms.adaptive().catalogue().defineCourse(ADMIN, new Course(COURSE, "Cours adaptatif", List.of(
                new Course.Section("Partie 1", lessons.subList(0, 100)),
                new Course.Section("Partie 2", lessons.subList(100, LESSONS))), Set.of(), 0));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        learners = new ArrayList<>(LEARNERS);
        for (int i = 0; i < LEARNERS; i++) {
            String learner = "learner-" + i;
            learners.add(UserId.of(learner));
            storage.jobAssignments().insert(new JobAssignmentRecord(learner, job.value(), t0, 0));
            for (int c = 0; c < COMPETENCIES / 2; c++) {
                String code = codes.get((i + c) % COMPETENCIES).value();
                for (int p = 0; p < 2; p++) {
                    storage.positionings().append(new NewPositioningRecord(learner, code,
                            Optional.of(String.valueOf(1 + (i + c + p) % 5)), "MANAGER", "manon",
                            t0.plusSeconds(p * 60L), Optional.empty(), Optional.empty()));
                }
            }
        }
    }

    @Benchmark
    public AdaptiveViews.EnrolmentReport enrolOneHundredThousand() {
        AdaptiveViews.EnrolmentReport report = lms.adaptive().enrolments().enrolAll(ADMIN, COURSE, learners,
                EnrolmentType.MANDATORY, Optional.empty());
        if (report.enrolled() != LEARNERS || report.lessonsWaived() == 0) {
            throw new IllegalStateException("the benchmark did not enrol and adapt: " + report.enrolled() + " enrolled, "
                    + report.lessonsWaived() + " waived");
        }
        return report;
    }
}
