package org.lmskit.spi.adaptive;

import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Required;

/** A lesson of the catalogue, shared by every course and path that contains it. */
public record LessonRecord(String lessonId, String title, String kind, long durationSeconds, boolean optional,
                           List<Target> targets, long version) {
    public LessonRecord {
        Required.fields("lessonId title kind", lessonId, title, kind);
        targets = List.copyOf(targets);
    }

    /** A competency the lesson targets; without a level, the level the learner's job requires. */
    public record Target(String competencyCode, Optional<String> levelCode) {
        public Target {
            Required.fields("competencyCode levelCode", competencyCode, levelCode);
        }
    }

    public LessonRecord withVersion(long newVersion) {
        return new LessonRecord(lessonId, title, kind, durationSeconds, optional, targets, newVersion);
    }
}
