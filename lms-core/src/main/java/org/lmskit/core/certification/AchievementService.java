package org.lmskit.core.certification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.certification.AchievementRecord;

/**
 * Theme badges and workshop steps, and the eligibility for the final case study they open (seed 003).
 * A passed program quiz awards its theme's badge by itself; tutors, trainers and administrators
 * record the rest (badges from watched lessons, workshops done); a learner records their own workshop steps.
 */
public final class AchievementService {
    static final String RECORD_TYPE = "achievement";
    /** The most workshops a learner may start on one path (the most a path may require, too). */
    public static final int MAX_WORKSHOPS = CertificationPathSetup.MAX_WORKSHOPS;

    private final CertificationContext ctx;
    private final CertificationService paths;
    private final EligibilityPolicy eligibility;

    AchievementService(CertificationContext ctx, CertificationService paths) {
        this.ctx = ctx;
        this.paths = paths;
        this.eligibility = new EligibilityPolicy(ctx.settings.workshopProgress());
    }

    /**
     * The learner's theme badges and workshops on a path (seed 003); read by the learner, their managers, correctors
     * and administrators.
     */
    public Achievements achievements(Actor actor, UserId learner, PathId pathId) {
        LearnerAccess.requireLearner(learner);
        CertificationService.requirePath(pathId);
        ctx.access.requireRead(actor, learner);
        return load(learner, pathId);
    }

    /** Awards a theme badge (the theme's program quiz passed, or a platform decision); idempotent. */
    public Achievements awardBadge(Actor actor, UserId learner, PathId pathId, ThemeId theme) {
        checkRecorder(actor, learner, pathId);
        if (theme == null) {
            throw InvalidInputException.of("theme", "is required");
        }
        Achievements saved = ctx.write(() -> grantBadge(actor, learner, pathId, theme));
        return saved;
    }

    /**
     * Records a workshop as complete, every step done at once (a host that only knows "done"); idempotent.
     * Complete workshops count toward case-study eligibility (seed 003).
     */
    public Achievements recordWorkshop(Actor actor, UserId learner, PathId pathId, WorkshopId workshop) {
        checkRecorder(actor, learner, pathId);
        Operations.required("workshop", workshop);
        return ctx.write(() -> addSteps(actor, learner, pathId, workshop, EnumSet.allOf(WorkshopStep.class)));
    }

    /**
     * Records one step of a workshop (seed 003: introduction video watched, ..., conclusion video watched);
     * idempotent. The learner records their own steps as they take them; tutors, trainers and administrators
     * may record them too. The workshop's percentage follows the {@link WorkshopProgressTable}; at 100 % it
     * counts toward case-study eligibility.
     */
    public Achievements recordWorkshopStep(Actor actor, UserId learner, PathId pathId, WorkshopId workshop,
                                           WorkshopStep step) {
        LearnerAccess.requireLearner(learner);
        CertificationService.requirePath(pathId);
        Operations.required("workshop", workshop);
        Operations.required("step", step);
        LearnerAccess.requireActor(actor);
        if (!actor.id().equals(learner)) {
            ctx.access.requireRole(actor, "certification.achievement.record", Role.ADMINISTRATOR, Role.TUTOR,
                    Role.TRAINER);
        }
        // learners write here themselves: only on a path the platform set up, so nobody mints records at will
        if (ctx.storage.certificationPaths().find(pathId.value()).isEmpty()) {
            throw new NotFoundException(CertificationService.SETUP_RECORD_TYPE, pathId.value());
        }
        return ctx.write(() -> addSteps(actor, learner, pathId, workshop, EnumSet.of(step)));
    }

    /** What each workshop step is worth (seed 003's table unless the host configured its own); public data. */
    public WorkshopProgressTable workshopProgressTable() {
        return ctx.settings.workshopProgress();
    }

    /** One workshop's progress for the learner (seed 003's percentage); read as {@link #achievements}. */
    public WorkshopProgress workshopProgress(Actor actor, UserId learner, PathId pathId, WorkshopId workshop) {
        Operations.required("workshop", workshop);
        return ctx.settings.workshopProgress().progress(workshop,
                achievements(actor, learner, pathId).stepsOf(workshop));
    }

    private Achievements addSteps(Actor actor, UserId learner, PathId pathId, WorkshopId workshop,
                                  Set<WorkshopStep> steps) {
        WorkshopProgressTable table = ctx.settings.workshopProgress();
        Achievements current = load(learner, pathId);
        Set<WorkshopStep> before = current.stepsOf(workshop);
        if (before.containsAll(steps)) {
            return current;
        }
        if (before.isEmpty() && current.workshopSteps().size() >= MAX_WORKSHOPS) {
            // a learner records their own steps: their record must not grow without bound
            throw InvalidInputException.of("workshop", "a learner takes at most " + MAX_WORKSHOPS
                    + " workshops on a path");
        }
        Achievements saved = save(current.withStep(workshop, steps));
        Set<WorkshopStep> after = saved.stepsOf(workshop);
        int percent = table.percent(after);
        List<FieldChange> changes = new ArrayList<>();
        for (WorkshopStep step : steps) {
            if (!before.contains(step)) {
                changes.add(new FieldChange("workshops." + workshop.value() + ".steps", null, step.name()));
            }
        }
        changes.add(new FieldChange("workshops." + workshop.value() + ".percent",
                String.valueOf(table.percent(before)), String.valueOf(percent)));
        ctx.audit.record(actor, RECORD_TYPE, key(learner, pathId), "workshop-progressed", changes);
        WorkshopStep last = steps.size() == 1 ? steps.iterator().next() : WorkshopStep.CONCLUSION_VIDEO_WATCHED;
        ctx.publish(new CertificationEvent.WorkshopProgressed(ctx.now(), learner, pathId, workshop, last, percent,
                table.complete(after), actor.id()));
        return saved;
    }

    /** Whether the learner may take the path's case study, and what is missing if not. */
    public Eligibility eligibility(Actor actor, UserId learner, PathId pathId) {
        return ctx.ops.read(() -> eligibility.evaluate(paths.pathSetup(pathId), achievements(actor, learner, pathId)));
    }

    /** The eligibility of many learners of one path, read in one store call; for correctors and administrators. */
    public List<Eligibility> eligibility(Actor actor, PathId pathId, Collection<UserId> learners) {
        return ctx.ops.read(() -> eligibilityNow(actor, pathId, learners));
    }

    private List<Eligibility> eligibilityNow(Actor actor, PathId pathId, Collection<UserId> learners) {
        CertificationService.requirePath(pathId);
        if (learners == null) {
            throw InvalidInputException.of("learners", "is required");
        }
        ctx.access.requireRole(actor, "certification.read-many", Role.ADMINISTRATOR, Role.CORRECTOR);
        CertificationPathSetup setup = paths.pathSetup(pathId);
        Map<String, AchievementRecord> found = ctx.storage.achievements()
                .findAll(pathId.value(), learners.stream().map(UserId::value).toList());
        EligibilityPolicy.Bulk rule = eligibility.forPath(setup);
        List<Eligibility> result = new ArrayList<>(learners.size());
        for (UserId learner : learners) {
            AchievementRecord record = found.get(learner.value());
            result.add(record == null ? rule.evaluate(learner, Set.of(), Map.of())
                    : rule.evaluate(learner, record.badgeThemeIds(), record.workshopSteps()));
        }
        return result;
    }

    /** Adds a badge inside the caller's transaction; no-op when already earned. */
    Achievements grantBadge(Actor by, UserId learner, PathId pathId, ThemeId theme) {
        Achievements current = load(learner, pathId);
        if (current.badges().contains(theme)) {
            return current;
        }
        Set<ThemeId> badges = new HashSet<>(current.badges());
        badges.add(theme);
        Achievements saved = save(new Achievements(learner, pathId, badges, current.workshopSteps(), current.version()));
        ctx.audit.record(by, RECORD_TYPE, key(learner, pathId), "badge-awarded",
                List.of(new FieldChange("badges", null, theme.value())));
        ctx.publish(new CertificationEvent.BadgeAwarded(ctx.now(), learner, pathId, theme, by.id()));
        return saved;
    }

    Achievements load(UserId learner, PathId pathId) {
        return ctx.storage.achievements().find(learner.value(), pathId.value()).map(CertificationRecords::achievements)
                .orElseGet(() -> Achievements.none(learner, pathId));
    }

    private Achievements save(Achievements achievements) {
        AchievementRecord record = CertificationRecords.record(achievements);
        return CertificationRecords.achievements(achievements.version() == 0 ? ctx.storage.achievements().insert(record)
                : ctx.storage.achievements().update(record));
    }

    private void checkRecorder(Actor actor, UserId learner, PathId pathId) {
        LearnerAccess.requireLearner(learner);
        CertificationService.requirePath(pathId);
        ctx.access.requireRole(actor, "certification.achievement.record", Role.ADMINISTRATOR, Role.TUTOR, Role.TRAINER);
    }

    static String key(UserId learner, PathId pathId) {
        return learner.value() + "/" + pathId.value();
    }
}
