package org.lmskit.core.certification;

import org.lmskit.core.policy.Decision;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/**
 * Who may change a path's cut-offs. Seed 003: "Le barème est le même pour tout le monde" — the scale
 * is the platform team's, so only an administrator changes it.
 */
public final class GradingTablePolicy {
    public static final String RULE = "certification.grading-table.change";

    /** Only an administrator changes a path's grading table. */
    public Decision mayChange(Actor actor) {
        return actor.has(Role.ADMINISTRATOR)
                ? Decision.allowed()
                : Decision.rejected(RULE, "actor", "only an administrator changes a grading table");
    }
}
