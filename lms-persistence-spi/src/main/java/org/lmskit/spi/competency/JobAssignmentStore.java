package org.lmskit.spi.competency;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** One target job per learner, under optimistic versions. */
public interface JobAssignmentStore {

    Optional<JobAssignmentRecord> find(String learnerId);

    /** Many learners in one call, keyed by learner id; learners without a job are absent. */
    Map<String, JobAssignmentRecord> findAll(Collection<String> learnerIds);

    /** @throws org.lmskit.spi.DuplicateKeyException the learner already has a job */
    JobAssignmentRecord insert(JobAssignmentRecord assignment);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    JobAssignmentRecord update(JobAssignmentRecord assignment);
}
