package org.lmskit.spi.competency;

import java.util.List;
import org.lmskit.spi.Required;

/** A job: its profiles in order and the level it requires per competency. */
public record JobRecord(String jobId, String title, List<String> profileIds, List<RequirementRecord> requirements,
                        long version) {
    public JobRecord {
        Required.fields("jobId title", jobId, title);
        profileIds = List.copyOf(profileIds);
        requirements = List.copyOf(requirements);
    }

    public JobRecord withVersion(long newVersion) {
        return new JobRecord(jobId, title, profileIds, requirements, newVersion);
    }
}
