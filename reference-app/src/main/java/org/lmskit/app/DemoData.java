package org.lmskit.app;

import java.math.BigDecimal;
import java.util.Map;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.id.PathId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/**
 * The demo's users and data. Tokens are fixed and documented in the README; a real host resolves
 * identities its own way. Loading is idempotent, so durable storage can be restarted.
 */
public final class DemoData {
    public static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    public static final Actor CORRECTOR = Actor.of("care-team", Role.CORRECTOR);
    public static final Actor LEARNER = Actor.of("alice", Role.LEARNER);

    /** Bearer token -> demo user. */
    public static final Map<String, Actor> TOKENS = Map.of(
            "demo-admin", ADMIN,
            "demo-corrector", CORRECTOR,
            "demo-learner", LEARNER);

    /** Seed 003's certifying path. */
    public static final PathId RECRUTEMENT_ET_SOURCING = PathId.of("recrutement-et-sourcing");
    /** A path with stricter cut-offs, to show a per-path table. */
    public static final PathId EXPERT_PATH = PathId.of("sourcing-expert");

    private DemoData() {
    }

    public static void load(Lms lms) {
        if (lms.certification().gradingTable(EXPERT_PATH).isDefault()) {
            lms.certification().defineGradingTable(ADMIN, EXPERT_PATH,
                    GradingTable.of(new BigDecimal("19"), new BigDecimal("16.5"), new BigDecimal("13")), 0);
        }
    }
}
