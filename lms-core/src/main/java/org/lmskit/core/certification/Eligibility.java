package org.lmskit.core.certification;

import java.util.List;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;

/**
 * Whether a learner may take a path's final case study and, if not, exactly what is missing:
 * which mandatory badges (sorted by theme id) and how many workshops.
 *
 * @param workshops every workshop the learner started, with its percentage (seed 003), in workshop id order;
 *                  only the complete ones (100 %) count toward {@code workshopsRequired}
 */
public record Eligibility(UserId learner, PathId pathId, boolean certifying, List<ThemeId> missingBadges,
                          List<WorkshopProgress> workshops, int workshopsRequired) {
    public Eligibility {
        missingBadges = List.copyOf(missingBadges);
        workshops = List.copyOf(workshops);
    }

    /** Workshops complete (100 %): the ones that count. */
    public int workshopsDone() {
        int done = 0;
        for (WorkshopProgress workshop : workshops) {
            if (workshop.complete()) {
                done++;
            }
        }
        return done;
    }

    /** Workshops still to complete before the case study opens. */
    public int missingWorkshops() {
        return Math.max(0, workshopsRequired - workshopsDone());
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
            reason.append(reason.length() > 0 ? "; " : "").append(missingWorkshops())
                    .append(" more workshop(s) to complete (").append(workshopsDone()).append(" of ")
                    .append(workshopsRequired).append(" at 100 %)");
        }
        return reason.toString();
    }
}
