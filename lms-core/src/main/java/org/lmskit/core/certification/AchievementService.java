package org.lmskit.core.certification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.certification.AchievementRecord;

/**
 * Theme badges and workshops done, and the eligibility for the final case study they open (seed 003).
 * A passed program quiz awards its theme's badge by itself; tutors, trainers and administrators
 * record the rest (badges from watched lessons, workshops done).
 */
public final class AchievementService {
    static final String RECORD_TYPE = "achievement";

    private final CertificationContext ctx;
    private final CertificationService paths;
    private final EligibilityPolicy eligibility = new EligibilityPolicy();

    AchievementService(CertificationContext ctx, CertificationService paths) {
        this.ctx = ctx;
        this.paths = paths;
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

    /** Records a workshop as done; idempotent. Workshops count toward case-study eligibility (seed 003). */
    public Achievements recordWorkshop(Actor actor, UserId learner, PathId pathId, WorkshopId workshop) {
        checkRecorder(actor, learner, pathId);
        if (workshop == null) {
            throw InvalidInputException.of("workshop", "is required");
        }
        return ctx.write(() -> {
            Achievements current = load(learner, pathId);
            if (current.workshops().contains(workshop)) {
                return current;
            }
            Set<WorkshopId> workshops = new HashSet<>(current.workshops());
            workshops.add(workshop);
            Achievements saved = save(new Achievements(learner, pathId, current.badges(), workshops, current.version()));
            ctx.audit.record(actor, RECORD_TYPE, key(learner, pathId), "workshop-done",
                    List.of(new FieldChange("workshops", null, workshop.value())));
            return saved;
        });
    }

    /** Whether the learner may take the path's case study, and what is missing if not. */
    public Eligibility eligibility(Actor actor, UserId learner, PathId pathId) {
        Achievements achievements = achievements(actor, learner, pathId);
        return eligibility.evaluate(paths.pathSetup(pathId), achievements);
    }

    /** The eligibility of many learners of one path, read in one store call; for correctors and administrators. */
    public List<Eligibility> eligibility(Actor actor, PathId pathId, Collection<UserId> learners) {
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
            result.add(record == null ? rule.evaluate(learner, Set.of(), 0)
                    : rule.evaluate(learner, record.badgeThemeIds(), record.workshopIds().size()));
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
        Achievements saved = save(new Achievements(learner, pathId, badges, current.workshops(), current.version()));
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
