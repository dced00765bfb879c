package org.lmskit.core.directory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;

/**
 * The host's organisation chart, read by access rules and notifications. Implement it on your
 * user store; the default knows nobody.
 */
public interface Directory {

    /**
     * The managers of a learner (seed 003: "tous les membres d'une session n'ont pas forcément le.s même manager.s").
     */
    Set<UserId> managersOf(UserId learner);

    /**
     * The organisation a user belongs to: their company (seed 003: a pilot manages "toutes les sessions de son
     * entreprise"; seed 004: a recruiter's company) or establishment (seed 002: "le DDFPT de l'établissement"; seed
     * 000: "le superviseur (d'une organisation)"). Every organisation rule asks it through
     * {@link org.lmskit.core.policy.Organisations}; unknown by default, and an unknown organisation matches nobody.
     */
    default Optional<CompanyId> companyOf(UserId user) {
        return Optional.empty();
    }

    /** Supervisors of the learner's organisation (seed 000: "le superviseur (d'une organisation)"); none by default. */
    default Set<UserId> supervisorsOf(UserId learner) {
        return Set.of();
    }

    /** Tutors and trainers who follow the learner, and may observe them; none by default. */
    default Set<UserId> coachesOf(UserId learner) {
        return Set.of();
    }

    /**
     * Seed 000: "Le manager peut, s'il le souhaite, autoriser les apprenants à se positionner eux-mêmes"; off by
     * default.
     */
    default boolean selfPositioningAllowed(UserId learner) {
        return false;
    }

    /** The people a manager manages, or a supervisor supervises; nobody by default. */
    default Set<UserId> teamOf(UserId managerOrSupervisor) {
        return Set.of();
    }

    /** How people are named on screens (filtering, sorting); the id by default. */
    default String displayName(UserId user) {
        return user.value();
    }

    /** A directory that knows nobody: no managers, no company, no self-positioning. */
    static Directory empty() {
        return learner -> Set.of();
    }

    /**
     * A directory that knows only who works for which company (a recruitment or seats host without an organisation
     * chart): recruiters and pilots are scoped by it, nobody manages anybody.
     */
    static Directory ofCompanies(Map<UserId, CompanyId> companies) {
        Map<UserId, CompanyId> copy = Map.copyOf(companies);
        return new Directory() {
            @Override
            public Set<UserId> managersOf(UserId learner) {
                return Set.of();
            }

            @Override
            public Optional<CompanyId> companyOf(UserId user) {
                return Optional.ofNullable(copy.get(user));
            }
        };
    }
}
