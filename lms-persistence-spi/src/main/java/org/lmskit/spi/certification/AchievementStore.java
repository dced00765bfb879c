package org.lmskit.spi.certification;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Badges and workshops per (learner, path), under optimistic versions. */
public interface AchievementStore {

    Optional<AchievementRecord> find(String learnerId, String pathId);

    /** The records of many learners on one path in one call, keyed by learner id; learners without one are absent. */
    Map<String, AchievementRecord> findAll(String pathId, Collection<String> learnerIds);

    /** @throws org.lmskit.spi.DuplicateKeyException the learner already has a record on the path */
    AchievementRecord insert(AchievementRecord achievement);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    AchievementRecord update(AchievementRecord achievement);
}
