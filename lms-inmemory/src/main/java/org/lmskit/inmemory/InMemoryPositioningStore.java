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
    // the same records per learner and competency, for the latest of each
    private final PositioningLines lines = new PositioningLines();
    private long lastId;
    // one instance per distinct learner, code, level, source and actor: half a million positionings then share a
    // few thousand strings, which a team view finds in cache instead of following a pointer per record to each
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, java.util.Optional<String>> levels = new HashMap<>();

    InMemoryPositioningStore(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public PositioningRecord append(NewPositioningRecord positioning) {
        return tx.write(() -> {
            PositioningRecord stored = canonical(PositioningRecord.of(++lastId, positioning));
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
            tx.onRollback(lines.add(stored));
            return stored;
        });
    }

    private PositioningRecord canonical(PositioningRecord r) {
        java.util.Optional<String> level = r.levelCode();
        if (level.isPresent()) {
            java.util.Optional<String> known = levels.putIfAbsent(level.get(), level);
            if (known == null) {
                String code = level.get();
                tx.onRollback(() -> levels.remove(code));
            } else {
                level = known;
            }
        }
        return new PositioningRecord(r.id(), canonical(r.learnerId()), canonical(r.competencyCode()), level,
                canonical(r.source()), canonical(r.actorId()), r.at(), r.score(), r.comment());
    }

    /** The store's instance of {@code value}; a new one is forgotten again if its transaction rolls back. */
    private String canonical(String value) {
        String known = strings.putIfAbsent(value, value);
        if (known == null) {
            tx.onRollback(() -> strings.remove(value));
            return value;
        }
        return known;
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
    public List<PositioningRecord> latest(PositioningQuery query, java.util.Set<String> sources) {
        org.lmskit.spi.Required.fields("query sources", query, sources);
        if (sources.isEmpty()) {
            return List.of();
        }
        return tx.read(() -> lines.latest(query, sources));
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
