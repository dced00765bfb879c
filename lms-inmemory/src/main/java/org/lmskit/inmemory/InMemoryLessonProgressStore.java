package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lmskit.spi.adaptive.LessonProgressRecord;
import org.lmskit.spi.adaptive.LessonProgressStore;
import static org.lmskit.inmemory.InMemoryAdaptiveStores.*;

final class InMemoryLessonProgressStore extends VersionedStore<List<String>, LessonProgressRecord>
        implements LessonProgressStore {
    private final Map<String, TreeMap<String, LessonProgressRecord>> byLearner = new HashMap<>();

    InMemoryLessonProgressStore(InMemoryTransactions tx) {
        super("lesson-progress", tx, p -> List.of(p.learnerId(), p.lessonId()),
                LessonProgressRecord::version, LessonProgressRecord::withVersion);
    }

    @Override
    public Optional<LessonProgressRecord> find(String learnerId, String lessonId) {
        return table.find(List.of(learnerId, lessonId));
    }

    @Override
    public LessonProgressRecord insert(LessonProgressRecord progress) {
        return tx.write(() -> indexed(table.insert(progress)));
    }

    @Override
    public LessonProgressRecord update(LessonProgressRecord progress) {
        return tx.write(() -> indexed(table.update(progress)));
    }

    private LessonProgressRecord indexed(LessonProgressRecord stored) {
        TreeMap<String, LessonProgressRecord> lessons = byLearner.computeIfAbsent(stored.learnerId(),
                k -> new TreeMap<>());
        LessonProgressRecord previous = lessons.put(stored.lessonId(), stored);
        tx.onRollback(() -> {
            if (previous == null) {
                lessons.remove(stored.lessonId());
            } else {
                lessons.put(stored.lessonId(), previous);
            }
        });
        return stored;
    }

    @Override
    public List<LessonProgressRecord> findAll(Collection<String> learnerIds, Collection<String> lessonIds) {
        return tx.read(() -> {
            List<LessonProgressRecord> found = new ArrayList<>();
            TreeSet<String> lessons = new TreeSet<>(lessonIds);
            for (String learner : new TreeSet<>(learnerIds)) {
                TreeMap<String, LessonProgressRecord> own = byLearner.get(learner);
                if (own == null) {
                    continue;
                }
                for (String lesson : lessons) {
                    LessonProgressRecord p = own.get(lesson);
                    if (p != null) {
                        found.add(p);
                    }
                }
            }
            return found;
        });
    }

    @Override
    public List<LessonProgressRecord> findByLearner(String learnerId) {
        return tx.read(() -> List.copyOf(byLearner.getOrDefault(learnerId, new TreeMap<>()).values()));
    }
}
