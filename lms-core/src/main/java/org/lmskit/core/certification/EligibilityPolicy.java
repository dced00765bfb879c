package org.lmskit.core.certification;

import java.util.Comparator;
import java.util.List;
import org.lmskit.core.id.ThemeId;

/**
 * Seed 003: the final case study opens when every mandatory theme's badge is earned and the path's
 * number of workshops is done ("tous les badges obligatoires et réaliser le nombre d'ateliers obligatoire").
 */
public final class EligibilityPolicy {

    public Eligibility evaluate(CertificationPathSetup path, Achievements achievements) {
        List<ThemeId> missing = path.mandatoryThemes().stream()
                .filter(theme -> !achievements.badges().contains(theme))
                .sorted(Comparator.comparing(ThemeId::value))
                .toList();
        return new Eligibility(achievements.learner(), path.pathId(), path.certifying(), missing,
                achievements.workshops().size(), path.requiredWorkshops());
    }
}
