package org.lmskit.core.certification;

import java.util.Comparator;
import java.util.List;
import org.lmskit.core.id.ThemeId;

/**
 * Seed 003: the final case study opens when every mandatory theme's badge is earned and the path's
 * number of workshops is done ("tous les badges obligatoires et réaliser le nombre d'ateliers obligatoire").
 */
public final class EligibilityPolicy {

    /** Whether a learner's badges and workshops open the path's case study, and what is missing. */
    public Eligibility evaluate(CertificationPathSetup path, Achievements achievements) {
        List<ThemeId> missing = path.mandatoryThemes().stream()
                .filter(theme -> !achievements.badges().contains(theme))
                .sorted(Comparator.comparing(ThemeId::value))
                .toList();
        return new Eligibility(achievements.learner(), path.pathId(), path.certifying(), missing,
                achievements.workshops().size(), path.requiredWorkshops());
    }

    /**
     * The same rule for many learners of one path, reading badges as stored ids: the mandatory
     * themes are sorted once, and no id is rebuilt for a learner who has the badge.
     */
    public Bulk forPath(CertificationPathSetup path) {
        return new Bulk(path, path.mandatoryThemes().stream().sorted(Comparator.comparing(ThemeId::value)).toList());
    }

    /** {@link EligibilityPolicy#evaluate} prepared for one path. */
    public static final class Bulk {
        private final CertificationPathSetup path;
        private final List<ThemeId> mandatory;

        private Bulk(CertificationPathSetup path, List<ThemeId> mandatory) {
            this.path = path;
            this.mandatory = mandatory;
        }

        /** The same rule for one learner, from their badge ids and workshop count. */
        public Eligibility evaluate(org.lmskit.core.id.UserId learner, java.util.Set<String> badgeIds, int workshopsDone) {
            List<ThemeId> missing = List.of();
            for (ThemeId theme : mandatory) {
                if (!badgeIds.contains(theme.value())) {
                    if (missing.isEmpty()) {
                        missing = new java.util.ArrayList<>();
                    }
                    missing.add(theme);
                }
            }
            return new Eligibility(learner, path.pathId(), path.certifying(), missing, workshopsDone,
                    path.requiredWorkshops());
        }
    }
}
