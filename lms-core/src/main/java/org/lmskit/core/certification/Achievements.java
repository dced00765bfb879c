package org.lmskit.core.certification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;

/**
 * A learner's theme badges and workshop steps on a path; version 0 when nothing is recorded yet.
 *
 * @param workshopSteps per workshop started, the steps done (seed 003), in workshop id order
 */
public record Achievements(UserId learner, PathId pathId, Set<ThemeId> badges,
                           Map<WorkshopId, Set<WorkshopStep>> workshopSteps, long version) {
    public Achievements {
        badges = Set.copyOf(badges);
        Map<WorkshopId, Set<WorkshopStep>> sorted = new TreeMap<>(java.util.Comparator.comparing(WorkshopId::value));
        workshopSteps.forEach((workshop, steps) -> sorted.put(workshop, inOrder(steps)));
        workshopSteps = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /** A learner with no badge and no workshop on the path yet. */
    public static Achievements none(UserId learner, PathId pathId) {
        return new Achievements(learner, pathId, Set.of(), Map.of(), 0);
    }

    /** The workshops every step of which is done (100 %): the ones that count toward the case study. */
    public Set<WorkshopId> completeWorkshops() {
        return workshopSteps.entrySet().stream().filter(e -> e.getValue().size() == WorkshopStep.values().length)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** The steps done in {@code workshop}; empty when it is not started. */
    public Set<WorkshopStep> stepsOf(WorkshopId workshop) {
        return workshopSteps.getOrDefault(workshop, Set.of());
    }

    /** A copy with {@code step} of {@code workshop} done. */
    Achievements withStep(WorkshopId workshop, Set<WorkshopStep> steps) {
        Map<WorkshopId, Set<WorkshopStep>> changed = new LinkedHashMap<>(workshopSteps);
        Set<WorkshopStep> merged = EnumSet.noneOf(WorkshopStep.class);
        merged.addAll(stepsOf(workshop));
        merged.addAll(steps);
        changed.put(workshop, merged);
        return new Achievements(learner, pathId, badges, changed, version);
    }

    static Set<WorkshopStep> inOrder(Set<WorkshopStep> steps) {
        return steps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(steps));
    }
}
