package org.lmskit.spi.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * Compare-and-set claims: of any number of callers racing to claim the same (job, key), on any
 * number of nodes sharing the storage, exactly one gets {@code true}.
 */
public interface JobRunStore {

    boolean tryClaim(String jobName, String runKey, String owner, Instant claimedAt);

    /**
     * Marks a claimed run done.
     *
     * @throws org.lmskit.spi.StaleVersionException the run is not claimed by {@code owner}, or already done
     */
    void complete(String jobName, String runKey, String owner, Instant completedAt, String outcome);

    Optional<JobRun> find(String jobName, String runKey);
}
