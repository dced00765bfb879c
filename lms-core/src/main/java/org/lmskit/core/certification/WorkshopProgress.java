package org.lmskit.core.certification;

import java.util.Optional;
import java.util.Set;
import org.lmskit.core.id.WorkshopId;

/**
 * A learner's progress in one workshop (seed 003): the steps done, the percentage the
 * {@link WorkshopProgressTable} gives them, whether it is complete (100 %), and the step to take next.
 */
public record WorkshopProgress(WorkshopId workshop, Set<WorkshopStep> steps, int percent, boolean complete,
                               Optional<WorkshopStep> next) {
    public WorkshopProgress {
        steps = Achievements.inOrder(steps);
    }
}
