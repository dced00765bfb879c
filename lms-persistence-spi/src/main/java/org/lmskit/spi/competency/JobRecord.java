package org.lmskit.spi.competency;

import java.util.List;
import java.util.Objects;

/** A job: its profiles in order and the level it requires per competency. */
public record JobRecord(String jobId, String title, List<String> profileIds, List<RequirementRecord> requirements,
                        long version) {
    public JobRecord {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(title, "title");
        profileIds = List.copyOf(profileIds);
        requirements = List.copyOf(requirements);
    }

    public JobRecord withVersion(long newVersion) {
        return new JobRecord(jobId, title, profileIds, requirements, newVersion);
    }
}
