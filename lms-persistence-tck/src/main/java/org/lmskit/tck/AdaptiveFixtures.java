package org.lmskit.tck;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.adaptive.CourseRecord;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.adaptive.LessonProgressRecord;
import org.lmskit.spi.adaptive.LessonRecord;
import org.lmskit.spi.adaptive.PathRecord;

/** Lessons, courses, paths, enrolments and progress shaped like seeds 000, 001 and 003. */
public final class AdaptiveFixtures {
    private AdaptiveFixtures() {
    }

    public static LessonRecord lesson(String id, String... competencies) {
        return new LessonRecord(id, "Leçon " + id, "E_LEARNING", 3600, false,
                java.util.Arrays.stream(competencies).map(c -> new LessonRecord.Target(c, Optional.empty())).toList(), 0);
    }

    public static CourseRecord course(String id, String... lessons) {
        return new CourseRecord(id, "Cours " + id, List.of(new CourseRecord.Section("Gérer le Client", List.of(lessons))),
                List.of("tutor"), 0);
    }

    public static PathRecord path(String id) {
        return new PathRecord(id, "Recrutement et sourcing", List.of(
                new PathRecord.Theme("sourcing", "Sourcing", true, List.of(
                        new PathRecord.Module("m1", "Module 1", List.of("l1", "l2")),
                        new PathRecord.Module("m2", "Module 2", List.of("l3")))),
                new PathRecord.Theme("entretien", "Entretien", false, List.of(
                        new PathRecord.Module("m3", "Module 3", List.of("l4"))))),
                true, List.of(new PathRecord.Workshop("atelier-1", "Atelier 1", List.of("m1", "m3"))), 0);
    }

    public static EnrolmentRecord enrolment(String course, String learner, String type, Instant at) {
        return new EnrolmentRecord(course, learner, type, at, Optional.empty(), "admin", List.of(), Optional.empty(), 0);
    }

    public static LessonProgressRecord progress(String learner, String lesson, String status, Instant at) {
        return new LessonProgressRecord(learner, lesson, status, Optional.of("LEARNER"), false,
                List.of(new LessonProgressRecord.Attempt(at, status, Optional.of(new BigDecimal("75.00")), 80)), 80,
                Optional.of(new BigDecimal("75.00")), Optional.of(at), 0);
    }
}
