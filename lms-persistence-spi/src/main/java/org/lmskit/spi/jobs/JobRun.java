package org.lmskit.spi.jobs;

import java.time.Instant;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * One claimed run of a once-only job.
 *
 * @param jobName e.g. {@code daily-rotation}
 * @param runKey what makes the run unique, e.g. the day {@code 2026-11-24}
 * @param owner the node or thread that claimed it
 * @param completedAt empty while the owner is still working
 * @param outcome a short summary the owner leaves when done
 */
public record JobRun(String jobName, String runKey, String owner, Instant claimedAt,
                     Optional<Instant> completedAt, Optional<String> outcome) {
    public JobRun {
        Required.fields("jobName runKey owner claimedAt completedAt outcome",
                jobName, runKey, owner, claimedAt, completedAt, outcome);
    }
}
