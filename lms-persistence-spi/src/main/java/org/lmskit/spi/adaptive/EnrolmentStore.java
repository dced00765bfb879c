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

    /** Every enrolment of a learner, ordered by course id. */
    List<EnrolmentRecord> findByLearner(String learnerId);

    /** Every enrolment of several learners in one call, ordered by learner id then course id. */
    List<EnrolmentRecord> findByLearners(java.util.Collection<String> learnerIds);
}
