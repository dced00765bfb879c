package org.lmskit.spi.certification;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.lmskit.spi.Required;

/**
 * What a learner has earned on a path towards its case study: theme badges, and the steps done in each
 * workshop started (seed 003; step codes are {@code WorkshopStep} names, a workshop with every step is complete).
 *
 * @param workshopSteps workshop id to the step codes done in it; a workshop appears once it has a step
 */
public record AchievementRecord(String learnerId, String pathId, Set<String> badgeThemeIds,
                                Map<String, Set<String>> workshopSteps, long version) {
    public AchievementRecord {
        Required.fields("learnerId pathId workshopSteps", learnerId, pathId, workshopSteps);
        badgeThemeIds = Set.copyOf(badgeThemeIds);
        Map<String, Set<String>> copy = new HashMap<>();
        workshopSteps.forEach((workshop, steps) -> {
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("workshop '" + workshop + "' is listed without a step");
            }
            copy.put(workshop, Set.copyOf(steps));
        });
        workshopSteps = Map.copyOf(copy);
    }

    public AchievementRecord withVersion(long newVersion) {
        return new AchievementRecord(learnerId, pathId, badgeThemeIds, workshopSteps, newVersion);
    }
}
