package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;
import org.lmskit.spi.competency.PositioningStore;
import static org.lmskit.inmemory.InMemoryCompetencyStores.*;

final class InMemoryPositioningStore implements PositioningStore {
    private static final Comparator<PositioningRecord> CHRONOLOGICAL =
            Comparator.comparing(PositioningRecord::at).thenComparingLong(PositioningRecord::id);

    private final InMemoryTransactions tx;
    // copy-on-write per learner: appends are rare next to a team view reading half a million rows,
    // and an immutable list can be handed out without copying
    private final Map<String, List<PositioningRecord>> byLearner = new HashMap<>();
    private long lastId;

    InMemoryPositioningStore(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public PositioningRecord append(NewPositioningRecord positioning) {
        return tx.write(() -> {
            PositioningRecord stored = PositioningRecord.of(++lastId, positioning);
            List<PositioningRecord> before = byLearner.getOrDefault(stored.learnerId(), List.of());
            List<PositioningRecord> after = new ArrayList<>(before.size() + 1);
            after.addAll(before);
            // kept in (at, id) order; appends are nearly always in time order, so this walks back a step or none
            int index = after.size();
            while (index > 0 && CHRONOLOGICAL.compare(after.get(index - 1), stored) > 0) {
                index--;
            }
            after.add(index, stored);
            byLearner.put(stored.learnerId(), java.util.Collections.unmodifiableList(after));
            tx.onRollback(() -> byLearner.put(stored.learnerId(), before));
            return stored;
        });
    }

    @Override
    public List<PositioningRecord> find(PositioningQuery query) {
        return tx.read(() -> {
            java.time.Instant from = query.from().orElse(null);
            java.time.Instant to = query.to().orElse(null);
            List<List<PositioningRecord>> runs = new ArrayList<>(query.learnerIds().size());
            for (String learner : query.learnerIds()) {
                List<PositioningRecord> mine = byLearner.get(learner);
                if (mine == null) {
                    continue;
                }
                if (from == null && to == null) {
                    runs.add(mine);
                } else {
                    List<PositioningRecord> inside = new ArrayList<>();
                    for (PositioningRecord p : mine) {
                        if ((from == null || !p.at().isBefore(from)) && (to == null || !p.at().isAfter(to))) {
                            inside.add(p);
                        }
                    }
                    runs.add(inside);
                }
            }
            return new Runs(runs);
        });
    }

    @Override
    public Page<PositioningRecord> history(String learnerId, PageRequest page) {
        return tx.read(() -> {
            List<PositioningRecord> newestFirst = new ArrayList<>(byLearner.getOrDefault(learnerId, List.of()));
            java.util.Collections.reverse(newestFirst);
            return InMemoryCertificationStores.page(newestFirst, page);
        });
    }
}
