package org.lmskit.core.certification;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each step of a workshop is worth, held as data (seed 003, "Le pourcentage est proportionné comme
 * suit"): introduction video 10 %, introduction question 20 %, main video 30 %, main questions 60 %,
 * corrections 90 %, conclusion video 100 %. Immutable and checked when built: every {@link WorkshopStep}
 * has one percentage, from 1 to 100, strictly rising in step order, and the last step is worth 100 %.
 * A wrong table fails at start-up, not when a learner watches a video.
 *
 * <p>A learner's percentage is the worth of the last step of the unbroken run of steps done from the first
 * one: steps are taken in order, so a step recorded ahead of a missing one counts once the gap is filled.
 * A workshop is <em>complete</em> at 100 %, every step done, and only then counts toward the case study.
 */
public final class WorkshopProgressTable {
    private static final WorkshopProgressTable SEED = builder()
            .step(WorkshopStep.INTRODUCTION_VIDEO_WATCHED, 10)
            .step(WorkshopStep.INTRODUCTION_QUESTION_ANSWERED, 20)
            .step(WorkshopStep.MAIN_VIDEO_WATCHED, 30)
            .step(WorkshopStep.MAIN_QUESTIONS_ANSWERED, 60)
            .step(WorkshopStep.CORRECTIONS_DONE, 90)
            .step(WorkshopStep.CONCLUSION_VIDEO_WATCHED, 100)
            .build();

    private final Map<WorkshopStep, Integer> percents;

    private WorkshopProgressTable(Map<WorkshopStep, Integer> percents) {
        this.percents = Maps.immutableEnumMap(percents);
    }

    /** The seed's table, exactly. */
    public static WorkshopProgressTable seed() {
        return SEED;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What reaching {@code step} is worth, in percent. */
    public int percentOf(WorkshopStep step) {
        return percents.get(step);
    }

    /** The percentage of a workshop whose {@code done} steps are recorded: 0 when the first step is missing. */
    public int percent(Set<WorkshopStep> done) {
        int percent = 0;
        for (WorkshopStep step : WorkshopStep.values()) {
            if (!done.contains(step)) {
                break;
            }
            percent = percents.get(step);
        }
        return percent;
    }

    /** The first step not yet done, which the learner takes next; empty once the workshop is complete. */
    public Optional<WorkshopStep> next(Set<WorkshopStep> done) {
        for (WorkshopStep step : WorkshopStep.values()) {
            if (!done.contains(step)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** Whether every step is done (100 %). */
    public boolean complete(Set<WorkshopStep> done) {
        return done.containsAll(EnumSet.allOf(WorkshopStep.class));
    }

    /** One workshop's progress as a learner sees it. */
    public WorkshopProgress progress(org.lmskit.core.id.WorkshopId workshop, Set<WorkshopStep> done) {
        return new WorkshopProgress(workshop, done, percent(done), complete(done), next(done));
    }

    /** The rows in step order, to publish the table. */
    public List<Map.Entry<WorkshopStep, Integer>> rows() {
        return List.copyOf(percents.entrySet());
    }

    /** Builds a table; {@link #build()} checks it whole. */
    public static final class Builder {
        private final Map<WorkshopStep, Integer> percents = new EnumMap<>(WorkshopStep.class);

        private Builder() {
        }

        /** {@code step} is worth {@code percent} once reached. */
        public Builder step(WorkshopStep step, int percent) {
            checkArgument(step != null, "step is required");
            checkArgument(!percents.containsKey(step), "step %s appears twice", step);
            checkArgument(percent >= 1 && percent <= 100, "step %s: percent %s is outside 1..100", step, percent);
            percents.put(step, percent);
            return this;
        }

        /** The table, once every step has a percentage rising in step order up to 100. */
        public WorkshopProgressTable build() {
            int previous = 0;
            for (WorkshopStep step : WorkshopStep.values()) {
                Integer percent = percents.get(step);
                checkArgument(percent != null, "step %s has no percentage", step);
                checkArgument(percent > previous, "step %s: %s%% does not rise above the step before it (%s%%)",
                        step, percent, previous);
                previous = percent;
            }
            checkArgument(previous == 100, "the last step is worth %s%%, not 100%%", previous);
            return new WorkshopProgressTable(percents);
        }
    }
}
