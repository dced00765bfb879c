package org.lmskit.core.certification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Every subset of the steps, unmodifiable and in step order, so a step set is never copied twice. */
    private static final List<Set<WorkshopStep>> SUBSETS = subsets();

    private static List<Set<WorkshopStep>> subsets() {
        WorkshopStep[] steps = WorkshopStep.values();
        List<Set<WorkshopStep>> all = new java.util.ArrayList<>(1 << steps.length);
        for (int mask = 0; mask < 1 << steps.length; mask++) {
            Set<WorkshopStep> subset = EnumSet.noneOf(WorkshopStep.class);
            for (WorkshopStep step : steps) {
                if ((mask & 1 << step.ordinal()) != 0) {
                    subset.add(step);
                }
            }
            all.add(Collections.unmodifiableSet(subset));
        }
        return List.copyOf(all);
    }

    /** The steps as one bit each, by ordinal. */
    static int mask(Set<WorkshopStep> steps) {
        int mask = 0;
        for (WorkshopStep step : steps) {
            mask |= 1 << step.ordinal();
        }
        return mask;
    }

    /** Stored step codes ({@link WorkshopStep} names) as one bit each, by ordinal. */
    static int maskOfCodes(Iterable<String> codes) {
        int mask = 0;
        for (String code : codes) {
            mask |= 1 << WorkshopStep.valueOf(code).ordinal();
        }
        return mask;
    }

    static Set<WorkshopStep> inOrder(Set<WorkshopStep> steps) {
        return SUBSETS.get(mask(steps));
    }

    static Set<WorkshopStep> ofMask(int mask) {
        return SUBSETS.get(mask);
    }
}
