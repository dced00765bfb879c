package org.lmskit.core.certification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;

/**
 * Seed 003: the final case study opens when every mandatory theme's badge is earned and the path's
 * number of workshops is done ("tous les badges obligatoires et réaliser le nombre d'ateliers obligatoire").
 * A workshop is done when it is complete, 100 % of the {@link WorkshopProgressTable}.
 */
public final class EligibilityPolicy {
    private final WorkshopProgressTable table;

    /** The rule with seed 003's workshop table. */
    public EligibilityPolicy() {
        this(WorkshopProgressTable.seed());
    }

    /** The rule with the host's workshop table. */
    public EligibilityPolicy(WorkshopProgressTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Whether a learner's badges and workshops open the path's case study, and what is missing. */
    public Eligibility evaluate(CertificationPathSetup path, Achievements achievements) {
        List<ThemeId> missing = path.mandatoryThemes().stream()
                .filter(theme -> !achievements.badges().contains(theme))
                .sorted(Comparator.comparing(ThemeId::value))
                .toList();
        List<WorkshopProgress> workshops = new ArrayList<>();
        achievements.workshopSteps().forEach((workshop, steps) -> workshops.add(table.progress(workshop, steps)));
        return new Eligibility(achievements.learner(), path.pathId(), path.certifying(), missing, workshops,
                path.requiredWorkshops());
    }

    /**
     * The same rule for many learners of one path, reading badges as stored ids: the mandatory
     * themes are sorted once, and no id is rebuilt for a learner who has the badge.
     */
    public Bulk forPath(CertificationPathSetup path) {
        return new Bulk(path, path.mandatoryThemes().stream().sorted(Comparator.comparing(ThemeId::value)).toList(),
                table);
    }

    private static final Comparator<WorkshopProgress> BY_WORKSHOP = Comparator.comparing(p -> p.workshop().value());

    /** {@link EligibilityPolicy#evaluate} prepared for one path. */
    public static final class Bulk {
        private final CertificationPathSetup path;
        private final List<ThemeId> mandatory;
        private final WorkshopProgressTable table;
        /** Learners of a cohort share workshops: one progress per workshop id and set of steps, built once. */
        private final Map<String, WorkshopProgress[]> progress = new java.util.HashMap<>();

        private Bulk(CertificationPathSetup path, List<ThemeId> mandatory, WorkshopProgressTable table) {
            this.path = path;
            this.mandatory = mandatory;
            this.table = table;
        }

        /** The same rule for one learner, from their badge ids and their steps per workshop id, as stored. */
        public Eligibility evaluate(UserId learner, Set<String> badgeIds, Map<String, Set<String>> workshopSteps) {
            List<ThemeId> missing = List.of();
            for (ThemeId theme : mandatory) {
                if (!badgeIds.contains(theme.value())) {
                    if (missing.isEmpty()) {
                        missing = new ArrayList<>();
                    }
                    missing.add(theme);
                }
            }
            List<WorkshopProgress> workshops = new ArrayList<>(workshopSteps.size());
            workshopSteps.forEach((workshop, codes) -> {
                int mask = Achievements.maskOfCodes(codes);
                WorkshopProgress[] byMask = progress.computeIfAbsent(workshop,
                        w -> new WorkshopProgress[1 << WorkshopStep.values().length]);
                if (byMask[mask] == null) {
                    byMask[mask] = table.progress(WorkshopId.of(workshop), Achievements.ofMask(mask));
                }
                workshops.add(byMask[mask]);
            });
            if (workshops.size() > 1) {
                workshops.sort(BY_WORKSHOP);
            }
            return new Eligibility(learner, path.pathId(), path.certifying(), missing, workshops,
                    path.requiredWorkshops());
        }
    }
}
