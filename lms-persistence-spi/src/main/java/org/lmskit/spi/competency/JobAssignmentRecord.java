package org.lmskit.spi.competency;

import java.time.Instant;
import org.lmskit.spi.Required;

/** A learner's target job. */
public record JobAssignmentRecord(String learnerId, String jobId, Instant assignedAt, long version) {
    public JobAssignmentRecord {
        Required.fields("learnerId jobId assignedAt", learnerId, jobId, assignedAt);
    }

    public JobAssignmentRecord withVersion(long newVersion) {
        return new JobAssignmentRecord(learnerId, jobId, assignedAt, newVersion);
    }
}
