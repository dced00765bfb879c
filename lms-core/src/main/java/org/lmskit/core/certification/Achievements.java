package org.lmskit.core.certification;

import java.util.Set;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;

/** A learner's theme badges and workshops done on a path; version 0 when nothing is recorded yet. */
public record Achievements(UserId learner, PathId pathId, Set<ThemeId> badges, Set<WorkshopId> workshops, long version) {
    public Achievements {
        badges = Set.copyOf(badges);
        workshops = Set.copyOf(workshops);
    }

    /** A learner with no badge and no workshop on the path yet. */
    public static Achievements none(UserId learner, PathId pathId) {
        return new Achievements(learner, pathId, Set.of(), Set.of(), 0);
    }
}
