package org.lmskit.core.certification;

import java.util.List;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;

/**
 * Whether a learner may take a path's final case study and, if not, exactly what is missing:
 * which mandatory badges (sorted by theme id) and how many workshops.
 */
public record Eligibility(UserId learner, PathId pathId, boolean certifying, List<ThemeId> missingBadges,
                          int workshopsDone, int workshopsRequired) {
    public Eligibility {
        missingBadges = List.copyOf(missingBadges);
    }

    /** Workshops still to do before the case study opens. */
    public int missingWorkshops() {
        return Math.max(0, workshopsRequired - workshopsDone);
    }

    /** Seed 003: the case study opens once every mandatory theme's badge and the required workshops are in. */
    public boolean eligible() {
        return certifying && missingBadges.isEmpty() && missingWorkshops() == 0;
    }

    /** Why the learner is not eligible, in one sentence; empty text when they are. */
    public String reason() {
        if (!certifying) {
            return "path '" + pathId + "' does not certify: it has no case study";
        }
        StringBuilder reason = new StringBuilder();
        if (!missingBadges.isEmpty()) {
            reason.append("missing badges: ").append(missingBadges);
        }
        if (missingWorkshops() > 0) {
            reason.append(reason.length() > 0 ? "; " : "").append(missingWorkshops()).append(" more workshop(s) to do (")
                    .append(workshopsDone).append(" of ").append(workshopsRequired).append(")");
        }
        return reason.toString();
    }
}
