package org.lmskit.spi.adaptive;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;

/** Enrolments under optimistic versions; one per (course, learner). */
public interface EnrolmentStore {

    Optional<EnrolmentRecord> find(String courseId, String learnerId);

    /** @throws org.lmskit.spi.DuplicateKeyException the learner is already enrolled in the course */
    EnrolmentRecord insert(EnrolmentRecord enrolment);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    EnrolmentRecord update(EnrolmentRecord enrolment);

    /** A course's enrolments of these types (empty: every type), ordered by learner id. */
    Page<EnrolmentRecord> findByCourse(String courseId, Set<String> types, PageRequest page);

    /**
     * Up to {@code limit} (1 to {@link PageRequest#MAX_LIMIT}) of a course's enrolments of these types (empty:
     * every type) that come after the one of {@code afterLearnerId} (empty: from the first), in the order of
     * {@link #findByCourse}: a whole course read page after page, each page sought from the learner id of the
     * previous page's last enrolment (a continuation token: it names an enrolment of the course), nothing counted. Offset pages with a total re-read every earlier row for each page, which made
     * reading a course of 100,000 learners quadratic.
     *
     * <p>The default walks {@link #findByCourse} from the start, so it costs as much as the offset pages; the
     * shipped adapters seek along their (course, learner) key.
     */
    default List<EnrolmentRecord> findByCourseAfter(String courseId, Set<String> types, Optional<String> afterLearnerId,
                                                    int limit) {
        checkAfter(courseId, types, afterLearnerId, limit);
        List<EnrolmentRecord> found = new java.util.ArrayList<>();
        boolean passed = afterLearnerId.isEmpty();
        for (int offset = 0; found.size() < limit; offset += PageRequest.MAX_LIMIT) {
            Page<EnrolmentRecord> page = findByCourse(courseId, types, new PageRequest(offset, PageRequest.MAX_LIMIT));
            for (EnrolmentRecord e : page.items()) {
                if (passed && found.size() < limit) {
                    found.add(e);
                } else if (!passed && e.learnerId().equals(afterLearnerId.get())) {
                    passed = true;
                }
            }
            if (!page.hasNext()) {
                break;
            }
        }
        return found;
    }

    /** The arguments {@link #findByCourseAfter} accepts, checked the same way by every store. */
    static void checkAfter(String courseId, Set<String> types, Optional<String> afterLearnerId, int limit) {
        org.lmskit.spi.Required.fields("courseId types afterLearnerId", courseId, types, afterLearnerId);
        PageRequest.checkLimit(limit);
    }

    /** Every enrolment of a learner, ordered by course id. */
    List<EnrolmentRecord> findByLearner(String learnerId);

    /** Every enrolment of several learners in one call, ordered by learner id then course id. */
    List<EnrolmentRecord> findByLearners(java.util.Collection<String> learnerIds);
}
