package org.lmskit.core.adaptive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;

/** A learner's tries at lessons: a done lesson is never undone, a mission waits for its correction, the best score is kept. */
public final class LessonAttempts {
    private final AdaptiveContext ctx;

    LessonAttempts(AdaptiveContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Records a learner's try at a lesson. A done lesson is never undone by a later try; a mission handed in
     * waits for a tutor's correction (it is done only once corrected); the score kept is the best.
     */
    public LessonProgress recordAttempt(Actor actor, UserId learner, LessonId lessonId, AttemptReport report) {
        Operations.requireActor(actor);
        Operations.required("learnerId", learner);
        Operations.required("attempt", report);
        ctx.ops.permit(actor, ctx.access.recordAttempt(actor, learner));
        // two tabs of the same learner report at once: the loser re-reads and appends to the winner's record;
        // the lesson is read in the same transaction (one connection, one commit)
        return ctx.ops.writeRetrying(true, () -> {
            Lesson lesson = ctx.lesson(lessonId);
            LessonProgress current = ctx.progressOf(learner, lessonId);
            Instant now = ctx.ops.now();
            LessonStatus status = next(lesson, current, report.status());
            boolean awaiting = !status.isDone() && (lesson.kind() == LessonKind.MISSION
                    && (report.status() == LessonStatus.COMPLETED || report.status() == LessonStatus.PASSED)
                    || current.awaitingCorrection());
            Optional<CompletedBy> by = status.isDone() && !current.status().isDone() ? Optional.of(CompletedBy.LEARNER)
                    : current.completedBy();
            List<LessonProgress.Attempt> attempts = new ArrayList<>(current.attempts());
            attempts.add(new LessonProgress.Attempt(now, report.status(), report.score(), report.timeSpent()));
            LessonProgress next = new LessonProgress(learner, lessonId, status, by, awaiting, attempts,
                    current.timeSpent().plus(report.timeSpent()), Progressions.best(current.score(), report.score()),
                    status != current.status() ? Optional.of(now) : current.statusAt(), current.version());
            LessonProgress saved = ctx.save(current, next);
            ctx.ops.publish(new AdaptiveEvent.LessonProgressed(now, learner, lessonId, saved.status(),
                    report.status(), report.score()));
            return saved;
        });
    }

    private static LessonStatus next(Lesson lesson, LessonProgress current, LessonStatus reported) {
        if (current.status().isDone()) {
            return reported == LessonStatus.PASSED ? LessonStatus.PASSED : current.status();
        }
        if (lesson.kind() == LessonKind.MISSION && reported.isDone()) {
            return LessonStatus.IN_PROGRESS;
        }
        return reported;
    }

}
