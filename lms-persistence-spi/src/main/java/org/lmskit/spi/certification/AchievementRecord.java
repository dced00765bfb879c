package org.lmskit.spi.certification;

import java.util.Set;
import org.lmskit.spi.Required;

/** What a learner has earned on a path towards its case study: theme badges and workshops done. */
public record AchievementRecord(String learnerId, String pathId, Set<String> badgeThemeIds, Set<String> workshopIds,
                                long version) {
    public AchievementRecord {
        Required.fields("learnerId pathId", learnerId, pathId);
        badgeThemeIds = Set.copyOf(badgeThemeIds);
        workshopIds = Set.copyOf(workshopIds);
    }

    public AchievementRecord withVersion(long newVersion) {
        return new AchievementRecord(learnerId, pathId, badgeThemeIds, workshopIds, newVersion);
    }
}
