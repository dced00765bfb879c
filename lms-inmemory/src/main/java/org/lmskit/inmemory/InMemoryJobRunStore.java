package org.lmskit.inmemory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.jobs.JobRun;
import org.lmskit.spi.jobs.JobRunStore;

final class InMemoryJobRunStore implements JobRunStore {
    private final InMemoryTransactions transactions;
    private final Map<List<String>, JobRun> runs = new HashMap<>();

    InMemoryJobRunStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean tryClaim(String jobName, String runKey, String owner, Instant claimedAt) {
        return transactions.write(() -> {
            List<String> key = List.of(jobName, runKey);
            if (runs.containsKey(key)) {
                return false;
            }
            runs.put(key, new JobRun(jobName, runKey, owner, claimedAt, Optional.empty(), Optional.empty()));
            transactions.onRollback(() -> runs.remove(key));
            return true;
        });
    }

    @Override
    public void complete(String jobName, String runKey, String owner, Instant completedAt, String outcome) {
        transactions.write(() -> {
            List<String> key = List.of(jobName, runKey);
            JobRun current = runs.get(key);
            if (current == null || !current.owner().equals(owner) || current.completedAt().isPresent()) {
                throw new StaleVersionException("job-run", jobName + "/" + runKey, 0);
            }
            runs.put(key, new JobRun(jobName, runKey, owner, current.claimedAt(), Optional.of(completedAt),
                    Optional.of(outcome)));
            transactions.onRollback(() -> runs.put(key, current));
            return null;
        });
    }

    @Override
    public Optional<JobRun> find(String jobName, String runKey) {
        return transactions.read(() -> Optional.ofNullable(runs.get(List.of(jobName, runKey))));
    }
}
