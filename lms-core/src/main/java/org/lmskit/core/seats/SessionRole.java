package org.lmskit.core.seats;

/** The seed's eight roles (003, "Il existe 8 rôles"). */
public enum SessionRole {
    TESTER(false),
    LEARNER(true),
    MANAGER(false),
    MANAGER_LEARNER(true),
    PILOT(false),
    PILOT_LEARNER(true),
    STUDENT(true),
    ADMINISTRATOR(true);

    private final boolean learns;

    SessionRole(boolean learns) {
        this.learns = learns;
    }

    /**
     * Counted in a licence quota (seed 003: "apprenants, managers apprenants, pilotes apprenants,
     * étudiants, admins ... Les managers et pilotes non apprenant ne sont pas comptabilisés").
     */
    public boolean learns() {
        return learns;
    }
}
