package org.lmskit.core.adaptive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;

/** A learner's progress: one lesson, a course by sections, a path by themes and workshops; progress made anywhere counts. */
public final class ProgressViews {
    private final AdaptiveContext ctx;

    ProgressViews(AdaptiveContext ctx) {
        this.ctx = ctx;
    }

    /** A learner's own progress on one lesson (none yet: not started, version 0), wherever it was made. */
    public LessonProgress progress(Actor actor, UserId learner, LessonId lessonId) {
        return ctx.ops.read(() -> {
            Operations.requireActor(actor);
            Operations.required("learnerId", learner);
            ctx.ops.permit(actor, ctx.access.readProgress(actor, learner, null));
            ctx.lesson(lessonId);
            return ctx.progressOf(learner, lessonId);
        });
    }

    /** A learner's course: sections with each lesson's effective state, status, percentage and time spent. */
    public AdaptiveViews.CourseProgress courseProgress(Actor actor, CourseId courseId, UserId learner) {
        Operations.requireActor(actor);
        Operations.required("courseId", courseId);
        Operations.required("learner", learner);
        return ctx.ops.read(() -> courseProgressNow(actor, courseId, learner));
    }

    private AdaptiveViews.CourseProgress courseProgressNow(Actor actor, CourseId courseId, UserId learner) {
        Course course = ctx.course(courseId);
        Operations.requireActor(actor);
        Operations.required("learnerId", learner);
        ctx.ops.permit(actor, ctx.access.readProgress(actor, learner, course));
        Enrolment enrolment = ctx.enrolmentOf(course, learner);
        AdaptiveContext.LearnerLessons mine = ctx.learnerLessons(learner, course.lessons());
        List<AdaptiveViews.SectionProgress> sections = new ArrayList<>();
        List<AdaptiveViews.LessonState> all = new ArrayList<>();
        for (Course.Section section : course.sections()) {
            List<AdaptiveViews.LessonState> states = mine.states(section.lessons());
            sections.add(new AdaptiveViews.SectionProgress(section.title(), states));
            all.addAll(states);
        }
        return new AdaptiveViews.CourseProgress(courseId, learner, Progressions.status(all), Progressions.percent(all),
                Progressions.timeSpent(all), enrolment.adapted(), sections);
    }

    /**
     * A learner's path: themes (validated by their program quiz when they have one, else by all their
     * non-optional lessons), workshops (locked until their modules are fully done, if the path locks them)
     * and the path time counting one viewing per lesson. Progress made anywhere counts here.
     */
    public AdaptiveViews.PathProgress pathProgress(Actor actor, PathId pathId, UserId learner) {
        Operations.requireActor(actor);
        Operations.required("pathId", pathId);
        Operations.required("learner", learner);
        return ctx.ops.read(() -> pathProgressNow(actor, pathId, learner));
    }

    private AdaptiveViews.PathProgress pathProgressNow(Actor actor, PathId pathId, UserId learner) {
        LearningPath path = ctx.path(pathId);
        Operations.requireActor(actor);
        Operations.required("learnerId", learner);
        ctx.ops.permit(actor, ctx.access.readProgress(actor, learner, null));
        List<AdaptiveViews.LessonState> all = ctx.learnerLessons(learner, path.lessons()).states(path.lessons());
        Map<LessonId, AdaptiveViews.LessonState> states = new HashMap<>();
        all.forEach(state -> states.put(state.lesson(), state));
        Set<ModuleId> complete = new HashSet<>();
        List<AdaptiveViews.ThemeProgress> themes = new ArrayList<>();
        for (LearningPath.Theme theme : path.themes()) {
            List<AdaptiveViews.LessonState> themeStates = theme.lessons().stream().map(states::get).toList();
            List<ModuleId> themeComplete = theme.modules().stream()
                    .filter(m -> m.lessons().stream().allMatch(l -> states.get(l).isDone()))
                    .map(LearningPath.Module::id).toList();
            complete.addAll(themeComplete);
            List<LessonId> missing = themeStates.stream().filter(s -> !s.optional() && !s.isDone())
                    .map(AdaptiveViews.LessonState::lesson).toList();
            Optional<AdaptiveViews.ValidatedBy> by = theme.programQuiz()
                    ? (ctx.quizzes.passed(learner, theme.id()) ? Optional.of(AdaptiveViews.ValidatedBy.PROGRAM_QUIZ)
                    : Optional.empty())
                    : (missing.isEmpty() ? Optional.of(AdaptiveViews.ValidatedBy.LESSONS) : Optional.empty());
            themes.add(new AdaptiveViews.ThemeProgress(theme.id(), theme.title(), theme.programQuiz(),
                    Progressions.percent(themeStates), by.isPresent(), by, missing, themeComplete));
        }
        List<AdaptiveViews.WorkshopState> workshops = path.workshops().stream().map(w -> {
            List<ModuleId> missing = path.locksWorkshops()
                    ? w.modules().stream().filter(m -> !complete.contains(m)).sorted(Comparator.comparing(ModuleId::value))
                    .toList() : List.of();
            return new AdaptiveViews.WorkshopState(w.id(), w.title(), missing.isEmpty(), missing);
        }).toList();
        CourseStatus status = themes.stream().allMatch(AdaptiveViews.ThemeProgress::validated)
                ? CourseStatus.COMPLETED : Progressions.status(all) == CourseStatus.NOT_STARTED
                ? CourseStatus.NOT_STARTED : CourseStatus.IN_PROGRESS;
        return new AdaptiveViews.PathProgress(pathId, learner, status, Progressions.percent(all),
                Progressions.timeCountedOnce(all), themes, workshops);
    }

}
