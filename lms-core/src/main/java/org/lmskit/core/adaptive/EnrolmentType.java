package org.lmskit.core.adaptive;

/** How a learner was enrolled (seed 001: "Inscriptions obligatoires, recommandées, libres"). */
public enum EnrolmentType {
    MANDATORY,
    RECOMMENDED,
    FREE
}
