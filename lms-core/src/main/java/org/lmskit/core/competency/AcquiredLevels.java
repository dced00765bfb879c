package org.lmskit.core.competency;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.UserId;

/**
 * The competency capability's port for the library's other capabilities: which competencies exist, and each
 * learner's acquired and required ranks. It reads without an acting user, because the capability calling it
 * has already checked that its own actor may act on these learners (a manager enrolling their team is entitled
 * to have the course adapted); a host reaching it directly bypasses access rules, as it would with its storage.
 */
public interface AcquiredLevels {

    /** Which of {@code codes} the catalogue does not hold, in one store call; empty when all exist. */
    Set<CompetencyCode> unknown(Collection<CompetencyCode> codes);

    /** The ranks of {@code learners} on {@code codes}, in a fixed number of store calls; see {@link LevelGrid}. */
    LevelGrid grid(Collection<UserId> learners, List<CompetencyCode> codes);
}
