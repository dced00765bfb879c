package org.lmskit.inmemory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.spi.certification.AchievementRecord;
import org.lmskit.spi.certification.AchievementStore;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryAchievementStore extends VersionedStore<List<String>, AchievementRecord>
        implements AchievementStore {
    // path -> learner -> record: a whole cohort of one path is read without building a key per learner
    private final Map<String, Map<String, AchievementRecord>> byPath = new java.util.HashMap<>();

    InMemoryAchievementStore(InMemoryTransactions tx) {
        super("achievement", tx, r -> List.of(r.learnerId(), r.pathId()),
                AchievementRecord::version, AchievementRecord::withVersion);
    }

    @Override
    public Optional<AchievementRecord> find(String learnerId, String pathId) {
        return table.find(List.of(learnerId, pathId));
    }

    @Override
    public Map<String, AchievementRecord> findAll(String pathId, Collection<String> learnerIds) {
        return tx.read(() -> {
            Map<String, AchievementRecord> cohort = byPath.getOrDefault(pathId, Map.of());
            Map<String, AchievementRecord> found = new java.util.HashMap<>(Math.max(16, learnerIds.size() * 2));
            for (String learner : learnerIds) {
                AchievementRecord record = cohort.get(learner);
                if (record != null) {
                    found.put(learner, record);
                }
            }
            return found;
        });
    }

    @Override
    public AchievementRecord insert(AchievementRecord achievement) {
        return tx.write(() -> index(table.insert(achievement)));
    }

    @Override
    public AchievementRecord update(AchievementRecord achievement) {
        return tx.write(() -> index(table.update(achievement)));
    }

    private AchievementRecord index(AchievementRecord stored) {
        Map<String, AchievementRecord> cohort = byPath.computeIfAbsent(stored.pathId(), p -> new java.util.HashMap<>());
        AchievementRecord previous = cohort.put(stored.learnerId(), stored);
        tx.onRollback(() -> {
            if (previous == null) {
                cohort.remove(stored.learnerId());
            } else {
                cohort.put(stored.learnerId(), previous);
            }
        });
        return stored;
    }
}
