package org.lmskit.core.adaptive;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.core.id.LessonId;

/** Derives what a learner stands on from lessons, their own progress and the adaptive rule's waivers. */
final class Progressions {
    private Progressions() {
    }

    /**
     * The effective state: a tutor's word first, then the learner's own completion, then a waiver, then the
     * learner's own progress (a waiver never hides the learner's completion, and never replaces a tutor's).
     */
    static AdaptiveViews.LessonState state(Lesson lesson, LessonProgress own, String waiver) {
        LessonStatus status;
        Optional<CompletedBy> by;
        Optional<String> reason = Optional.empty();
        boolean tutorSet = own != null && own.completedBy().filter(CompletedBy.TUTOR::equals).isPresent();
        if (own != null && (tutorSet || own.status().isDone())) {
            status = own.status();
            by = own.completedBy();
        } else if (waiver != null) {
            status = LessonStatus.COMPLETED;
            by = Optional.of(CompletedBy.ADAPTIVE_RULE);
            reason = Optional.of(waiver);
        } else if (own != null) {
            status = own.status();
            by = Optional.empty();
        } else {
            status = LessonStatus.NOT_STARTED;
            by = Optional.empty();
        }
        return new AdaptiveViews.LessonState(lesson.id(), lesson.title(), lesson.kind(), lesson.optional(),
                lesson.duration(), status, by, reason, own == null ? Optional.empty() : own.score(),
                own == null ? 0 : own.attempts().size(), own == null ? Duration.ZERO : own.timeSpent(),
                own == null ? Optional.empty() : own.statusAt(), own != null && own.awaitingCorrection());
    }

    static List<AdaptiveViews.LessonState> states(List<LessonId> order, Map<LessonId, Lesson> lessons,
                                                  Map<LessonId, LessonProgress> own, Map<LessonId, String> waivers) {
        List<AdaptiveViews.LessonState> states = new ArrayList<>(order.size());
        for (LessonId id : order) {
            states.add(state(lessons.get(id), own.get(id), waivers.get(id)));
        }
        return states;
    }

    /** Non-optional lessons done, in percent rounded down; 100 when nothing is required. */
    static int percent(List<AdaptiveViews.LessonState> states) {
        int required = 0;
        int done = 0;
        for (AdaptiveViews.LessonState s : states) {
            if (!s.optional()) {
                required++;
                if (s.isDone()) {
                    done++;
                }
            }
        }
        return required == 0 ? 100 : done * 100 / required;
    }

    static CourseStatus status(List<AdaptiveViews.LessonState> states) {
        boolean allRequiredDone = true;
        boolean started = false;
        for (AdaptiveViews.LessonState s : states) {
            if (!s.optional() && !s.isDone()) {
                allRequiredDone = false;
            }
            if (s.status() != LessonStatus.NOT_STARTED || s.attempts() > 0) {
                started = true;
            }
        }
        if (allRequiredDone) {
            return CourseStatus.COMPLETED;
        }
        return started ? CourseStatus.IN_PROGRESS : CourseStatus.NOT_STARTED;
    }

    static Duration timeSpent(List<AdaptiveViews.LessonState> states) {
        Duration total = Duration.ZERO;
        for (AdaptiveViews.LessonState s : states) {
            total = total.plus(s.timeSpent());
        }
        return total;
    }

    /** Seed 003: one viewing per lesson, however many times it was watched: at most the lesson's duration. */
    static Duration timeCountedOnce(List<AdaptiveViews.LessonState> states) {
        Duration total = Duration.ZERO;
        for (AdaptiveViews.LessonState s : states) {
            Duration once = s.duration().isZero() || s.timeSpent().compareTo(s.duration()) < 0
                    ? s.timeSpent() : s.duration();
            total = total.plus(once);
        }
        return total;
    }

    static Optional<BigDecimal> best(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }
}
