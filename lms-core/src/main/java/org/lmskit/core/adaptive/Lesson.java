package org.lmskit.core.adaptive;

import org.lmskit.core.domain.Texts;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.internal.Checks;

/**
 * A lesson of the catalogue, shared by every course and path containing it (seed 003: "ton historique
 * sera conservé"). It targets competencies, each at a level; without a level, the level the learner's
 * job requires.
 *
 * @param version 0 before it is stored
 */
public record Lesson(LessonId id, String title, LessonKind kind, Duration duration, boolean optional,
                     List<Target> targets, long version) {
    public static final int MAX_TITLE = 300;
    public static final int MAX_TARGETS = 50;
    public static final Duration MAX_DURATION = Duration.ofDays(7);

    public Lesson {
        if (id == null) {
            throw InvalidInputException.of("lessonId", "is required");
        }
        Checks.requireText("title", title, MAX_TITLE);
        if (kind == null) {
            throw InvalidInputException.of("kind", "is required");
        }
        if (duration == null || duration.isNegative() || duration.compareTo(MAX_DURATION) > 0) {
            throw InvalidInputException.of("duration", "must be 0 to 7 days");
        }
        targets = List.copyOf(targets == null ? List.of() : targets);
        if (targets.size() > MAX_TARGETS) {
            throw InvalidInputException.of("targets", "at most " + MAX_TARGETS + " competencies");
        }
        Set<CompetencyCode> seen = new HashSet<>();
        for (Target t : targets) {
            if (!seen.add(t.competency())) {
                throw InvalidInputException.of("targets", "competency " + Texts.quote(t.competency()) + " is targeted twice");
            }
        }
    }

    /** A competency the lesson trains, at {@code level} or, when empty, at the level the learner's job requires. */
    public record Target(CompetencyCode competency, Optional<LevelValue> level) {
        public Target {
            if (competency == null) {
                throw InvalidInputException.of("targets.competency", "is required");
            }
            level = level == null ? Optional.empty() : level;
            if (level.filter(LevelValue::isNotApplicable).isPresent()) {
                throw InvalidInputException.of("targets.level", "must be a level of the scale");
            }
        }

        /** A target met when the learner has acquired the level their job requires on {@code competency}. */
        public static Target atJobLevel(CompetencyCode competency) {
            return new Target(competency, Optional.empty());
        }
    }

    Lesson withVersion(long newVersion) {
        return new Lesson(id, title, kind, duration, optional, targets, newVersion);
    }
}
