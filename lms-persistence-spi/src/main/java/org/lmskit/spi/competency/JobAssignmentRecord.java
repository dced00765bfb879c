package org.lmskit.spi.competency;

import java.time.Instant;
import java.util.Objects;

/** A learner's target job. */
public record JobAssignmentRecord(String learnerId, String jobId, Instant assignedAt, long version) {
    public JobAssignmentRecord {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }

    public JobAssignmentRecord withVersion(long newVersion) {
        return new JobAssignmentRecord(learnerId, jobId, assignedAt, newVersion);
    }
}
