package org.lmskit.core.certification;

import java.util.List;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;

/** The lessons a learner has viewed, oldest first: the host's tracking (or the adaptive capability's). */
@FunctionalInterface
public interface LessonViews {

    /** The lessons {@code learner} viewed, oldest first. */
    List<LessonId> viewedBy(UserId learner);

    /** Nobody viewed anything. */
    static LessonViews none() {
        return learner -> List.of();
    }
}
