package org.lmskit.core.directory;

import java.util.Optional;
import java.util.Set;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;

/**
 * The host's organisation chart, read by access rules and notifications. Implement it on your
 * user store; the default knows nobody.
 */
public interface Directory {

    /** The managers of a learner (seed 003: "tous les membres d'une session n'ont pas forcément le.s même manager.s"). */
    Set<UserId> managersOf(UserId learner);

    /** The company a user works for (seed 003: a pilot manages "toutes les sessions de son entreprise"); unknown by default. */
    default Optional<CompanyId> companyOf(UserId user) {
        return Optional.empty();
    }

    static Directory empty() {
        return learner -> Set.of();
    }
}
