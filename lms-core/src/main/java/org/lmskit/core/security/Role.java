package org.lmskit.core.security;

/** Roles the seed manuals name; each capability documents which ones its operations accept. */
public enum Role {
    LEARNER,
    MANAGER,
    SUPERVISOR,
    TUTOR,
    TRAINER,
    CORRECTOR,
    PILOT,
    RECRUITER,
    DDFPT,
    ADMINISTRATOR
}
