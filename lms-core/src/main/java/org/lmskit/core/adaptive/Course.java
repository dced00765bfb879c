package org.lmskit.core.adaptive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Checks;

/**
 * A course: ordered sections of lessons (seed 000, "Cours adaptatif Conseiller Carrière Retraite") and the
 * tutors who follow its learners (seed 001, "Formations tutorées"). A lesson appears once in a course.
 */
public record Course(CourseId id, String title, List<Section> sections, Set<UserId> tutors, long version) {
    public static final int MAX_LESSONS = 2000;

    public Course {
        if (id == null) {
            throw InvalidInputException.of("courseId", "is required");
        }
        Checks.requireText("title", title, Lesson.MAX_TITLE);
        sections = List.copyOf(sections == null ? List.of() : sections);
        tutors = Set.copyOf(tutors == null ? Set.of() : tutors);
        if (sections.isEmpty()) {
            throw InvalidInputException.of("sections", "a course has at least one section");
        }
        Set<LessonId> seen = new HashSet<>();
        for (Section section : sections) {
            for (LessonId lesson : section.lessons()) {
                if (!seen.add(lesson)) {
                    throw InvalidInputException.of("sections", "lesson '" + lesson + "' appears twice in the course");
                }
            }
        }
        if (seen.size() > MAX_LESSONS) {
            throw InvalidInputException.of("sections", "a course has at most " + MAX_LESSONS + " lessons");
        }
    }

    /** Every lesson in course order. */
    public List<LessonId> lessons() {
        List<LessonId> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.lessons()));
        return all;
    }

    /** Whether {@code user} tutors this course (seed 001, "Centre de tutorat"). */
    public boolean isTutor(UserId user) {
        return tutors.contains(user);
    }

    /** A section of the course and its lessons, in order. */
    public record Section(String title, List<LessonId> lessons) {
        public Section {
            Checks.requireText("sections.title", title, Lesson.MAX_TITLE);
            lessons = List.copyOf(lessons == null ? List.of() : lessons);
        }
    }

    Course withVersion(long newVersion) {
        return new Course(id, title, sections, tutors, newVersion);
    }
}
