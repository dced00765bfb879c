package org.lmskit.spi.adaptive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A lesson of the catalogue, shared by every course and path that contains it. */
public record LessonRecord(String lessonId, String title, String kind, long durationSeconds, boolean optional,
                           List<Target> targets, long version) {
    public LessonRecord {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        targets = List.copyOf(targets);
    }

    /** A competency the lesson targets; without a level, the level the learner's job requires. */
    public record Target(String competencyCode, Optional<String> levelCode) {
        public Target {
            Objects.requireNonNull(competencyCode, "competencyCode");
            Objects.requireNonNull(levelCode, "levelCode");
        }
    }

    public LessonRecord withVersion(long newVersion) {
        return new LessonRecord(lessonId, title, kind, durationSeconds, optional, targets, newVersion);
    }
}
