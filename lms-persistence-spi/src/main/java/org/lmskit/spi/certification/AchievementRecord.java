package org.lmskit.spi.certification;

import java.util.Objects;
import java.util.Set;

/** What a learner has earned on a path towards its case study: theme badges and workshops done. */
public record AchievementRecord(String learnerId, String pathId, Set<String> badgeThemeIds, Set<String> workshopIds,
                                long version) {
    public AchievementRecord {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(pathId, "pathId");
        badgeThemeIds = Set.copyOf(badgeThemeIds);
        workshopIds = Set.copyOf(workshopIds);
    }

    public AchievementRecord withVersion(long newVersion) {
        return new AchievementRecord(learnerId, pathId, badgeThemeIds, workshopIds, newVersion);
    }
}
