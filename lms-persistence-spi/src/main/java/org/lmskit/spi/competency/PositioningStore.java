package org.lmskit.spi.competency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.Required;

/** Append-only positionings. */
public interface PositioningStore {

    PositioningRecord append(NewPositioningRecord positioning);

    /** One call for a whole team: see {@link PositioningQuery}. */
    List<PositioningRecord> find(PositioningQuery query);

    /**
     * What a "latest wins" rule needs of a team, without the history it would skip: for each learner of the
     * query and each competency, among the positionings inside the query's window whose source is one of
     * {@code sources}, those at the latest instant (usually one; several when they share that instant, so that
     * the caller can break the tie by its own rule). Grouped by learner (each learner's records contiguous);
     * the order inside a learner's group is unspecified. Nothing for an empty set of sources.
     *
     * <p>The default answers from {@link #find}; the shipped adapters answer from an index, reading one
     * positioning per (learner, competency) instead of the whole history.
     */
    default List<PositioningRecord> latest(PositioningQuery query, Set<String> sources) {
        Required.fields("query sources", query, sources);
        if (sources.isEmpty()) {
            return List.of();
        }
        List<PositioningRecord> latest = new ArrayList<>();
        Map<String, List<PositioningRecord>> byCompetency = new HashMap<>();
        String learner = null;
        for (PositioningRecord record : find(query)) {
            if (!record.learnerId().equals(learner)) {
                byCompetency.values().forEach(latest::addAll);
                byCompetency.clear();
                learner = record.learnerId();
            }
            if (!sources.contains(record.source())) {
                continue;
            }
            List<PositioningRecord> tied = byCompetency.computeIfAbsent(record.competencyCode(), c -> new ArrayList<>(1));
            Instant at = tied.isEmpty() ? null : tied.get(0).at();
            if (at == null || record.at().isAfter(at)) {
                tied.clear();
                tied.add(record);
            } else if (record.at().equals(at)) {
                tied.add(record);
            }
        }
        byCompetency.values().forEach(latest::addAll);
        return latest;
    }

    /** A learner's positionings, newest first (then id descending). */
    Page<PositioningRecord> history(String learnerId, PageRequest page);
}
