package org.lmskit.spi.adaptive;

import java.util.List;
import java.util.Objects;
import org.lmskit.spi.Required;

/** A course: ordered sections of lesson ids, and the tutors who follow its learners. */
public record CourseRecord(String courseId, String title, List<Section> sections, List<String> tutors, long version) {
    public CourseRecord {
        Required.fields("courseId title", courseId, title);
        sections = List.copyOf(sections);
        tutors = List.copyOf(tutors);
    }

    /** A section of the course: its title and its lessons, in order. */
    public record Section(String title, List<String> lessonIds) {
        public Section {
            Objects.requireNonNull(title, "title");
            lessonIds = List.copyOf(lessonIds);
        }
    }

    public CourseRecord withVersion(long newVersion) {
        return new CourseRecord(courseId, title, sections, tutors, newVersion);
    }
}
