package org.lmskit.core.competency;

import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.UserId;
import org.lmskit.core.policy.Decision;
import org.lmskit.core.policy.Organisations;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/**
 * Who may do what with competencies, each rule a named {@link Decision}. Seed 000, "Positionnements": the
 * learner positions themself only if their manager allowed it; an observation is made by a tutor or trainer of
 * the learner; a manager positions their team, a supervisor their organisation; evaluation results are recorded
 * by the platform (an administrator). Seed 002: the learner's managers, supervisors, tutors and trainers write
 * interim reviews, and only a DDFPT unlocks a final one. The learner, their managers, supervisors, tutors,
 * trainers and administrators read.
 */
public final class CompetencyAccess {
    public static final String READ = "competency.read";
    public static final String TEAM_READ = "competency.team.read";
    public static final String ASSIGN_JOB = "competency.job.assign";
    public static final String CHANGE_CATALOGUE = "competency.catalogue.change";
    public static final String WRITE_REVIEW = "competency.review.write";

    private final Directory directory;
    private final Organisations organisations;

    public CompetencyAccess(Directory directory) {
        this.directory = directory;
        this.organisations = new Organisations(directory);
    }

    /**
     * Seed 000: "le superviseur (d'une organisation)": one the host lists for the learner, or a supervisor of the
     * learner's own organisation.
     */
    private boolean supervises(Actor actor, UserId learner) {
        return directory.supervisorsOf(learner).contains(actor.id())
                || actor.has(Role.SUPERVISOR) && organisations.together(actor.id(), learner);
    }

    /**
     * Who sees a learner's levels and gaps (seed 000): the learner, their managers, supervisors, tutors and trainers,
     * administrators.
     */
    public Decision read(Actor actor, UserId learner) {
        if (actor.id().equals(learner) || actor.has(Role.ADMINISTRATOR)
                || directory.managersOf(learner).contains(actor.id())
                || supervises(actor, learner)
                || directory.coachesOf(learner).contains(actor.id())) {
            return Decision.allowed();
        }
        return Decision.rejected(READ, "learner",
                "only the learner, their managers, supervisors, tutors, trainers and administrators see this");
    }

    /**
     * Who may record a positioning from {@code source} (seed 000): the learner when allowed, their tutors and trainers
     * (observation), managers, supervisors; evaluations come from the platform.
     */
    public Decision position(Actor actor, UserId learner, Source source) {
        boolean allowed = switch (source) {
            case SELF -> actor.id().equals(learner) && directory.selfPositioningAllowed(learner);
            case OBSERVATION -> directory.coachesOf(learner).contains(actor.id());
            case MANAGER -> directory.managersOf(learner).contains(actor.id());
            case SUPERVISOR -> supervises(actor, learner);
            case EVALUATION -> actor.has(Role.ADMINISTRATOR);
            case REVIEW -> false;
        };
        return allowed ? Decision.allowed() : Decision.rejected(CompetencyRefusals.POSITION, "source", switch (source) {
            case SELF -> "a learner positions themself only if their manager allowed it";
            case OBSERVATION -> "only a tutor or trainer of the learner observes them";
            case MANAGER -> "only a manager of the learner positions them as manager";
            case SUPERVISOR -> "only a supervisor of the learner's organisation positions them as supervisor";
            case EVALUATION -> "evaluation results are recorded by the platform (an administrator)";
            case REVIEW -> "review positionings come from finalized interim reviews";
        });
    }

    /** Who sets a learner's job: an administrator, a manager or a supervisor of the learner. */
    public Decision assignJob(Actor actor, UserId learner) {
        return actor.has(Role.ADMINISTRATOR) || directory.managersOf(learner).contains(actor.id())
                || supervises(actor, learner) ? Decision.allowed()
                : Decision.rejected(ASSIGN_JOB, "learner",
                "only an administrator, a manager or a supervisor of the learner sets their job");
    }

    /** Seed 000's team view is for managers and supervisors. */
    public Decision teamView(Actor actor) {
        return actor.has(Role.MANAGER) || actor.has(Role.SUPERVISOR) ? Decision.allowed()
                : Decision.rejected(TEAM_READ, null, "only managers and supervisors have a team view");
    }

    /** Scales, competencies, profiles and jobs are the platform's: administrators only. */
    public Decision changeCatalogue(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) ? Decision.allowed()
                : Decision.rejected(CHANGE_CATALOGUE, null, "only an administrator changes the catalogue");
    }

    /**
     * Who writes a learner's interim review (seed 002): their managers, supervisors, tutors and trainers,
     * administrators.
     */
    public Decision writeReview(Actor actor, UserId learner) {
        return actor.has(Role.ADMINISTRATOR) || directory.managersOf(learner).contains(actor.id())
                || supervises(actor, learner)
                || directory.coachesOf(learner).contains(actor.id()) ? Decision.allowed()
                : Decision.rejected(WRITE_REVIEW, "learner",
                "only the learner's managers, supervisors, tutors, trainers and administrators write reviews");
    }

    /**
     * Who reads a learner's interim reviews: whoever reads the learner ({@link #read}), and the DDFPT of the learner's
     * establishment, who unlocks them (seed 002) and so must be able to see what they unlock.
     */
    public Decision readReviews(Actor actor, UserId learner) {
        Decision read = read(actor, learner);
        return read instanceof Decision.Allowed || unlockReview(actor, learner) instanceof Decision.Allowed
                ? Decision.allowed() : read;
    }

    /** The first half of {@link #unlockReview(Actor, UserId)}, asked before the review is read: a DDFPT at all. */
    public Decision unlockReview(Actor actor) {
        return actor.has(Role.DDFPT) ? Decision.allowed()
                : Decision.rejected(CompetencyRefusals.REVIEW_UNLOCK, null, "only a DDFPT unlocks a final review");
    }

    /** Seed 002: "Seul le DDFPT de l'établissement a la possibilité de débloquer un bilan": the learner's own. */
    public Decision unlockReview(Actor actor, UserId learner) {
        return actor.has(Role.DDFPT) && organisations.together(actor.id(), learner) ? Decision.allowed()
                : Decision.rejected(CompetencyRefusals.REVIEW_UNLOCK, "learner",
                "only the DDFPT of the learner's establishment unlocks a final review");
    }
}
