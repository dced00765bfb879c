package org.lmskit.core.certification;

import java.util.Arrays;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/**
 * Who may see or act on a learner's certification. Seed 003: managers are told of certifications and
 * follow them ("Suivi d'équipe"); copies are corrected by the team's correctors; the platform team
 * (administrators) sets paths up. Refusals are reported to {@code onRefusal} before being thrown.
 */
final class LearnerAccess {
    private final Directory directory;
    private final Operations ops;

    LearnerAccess(Directory directory, Operations ops) {
        this.directory = directory;
        this.ops = ops;
    }

    /** The learner, their managers, correctors and administrators. */
    void requireRead(Actor actor, UserId learner) {
        requireActor(actor);
        if (actor.id().equals(learner) || actor.has(Role.ADMINISTRATOR) || actor.has(Role.CORRECTOR)
                || directory.managersOf(learner).contains(actor.id())) {
            return;
        }
        refuse(actor, "certification.read", "only the learner, their managers, correctors and administrators see this");
    }

    /** Only the learner themself: answering, submitting, asking for a review, taking a quiz. */
    void requireSelf(Actor actor, UserId learner, String what) {
        requireActor(actor);
        if (!actor.id().equals(learner)) {
            refuse(actor, "certification.self", "only the learner " + what);
        }
    }

    void requireRole(Actor actor, String rule, Role... roles) {
        requireActor(actor);
        if (Arrays.stream(roles).noneMatch(actor::has)) {
            refuse(actor, rule, "needs one of the roles " + Arrays.toString(roles));
        }
    }

    private void refuse(Actor actor, String rule, String message) {
        throw ops.refuse(actor, new PermissionDeniedException(rule, message));
    }

    static void requireActor(Actor actor) {
        Operations.requireActor(actor);
    }

    static UserId requireLearner(UserId learner) {
        return Operations.required("learner", learner);
    }
}
