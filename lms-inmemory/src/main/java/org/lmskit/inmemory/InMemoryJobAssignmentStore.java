package org.lmskit.inmemory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.JobAssignmentStore;
import static org.lmskit.inmemory.InMemoryCompetencyStores.*;

final class InMemoryJobAssignmentStore implements JobAssignmentStore {
    private final VersionedTable<String, JobAssignmentRecord> table;

    InMemoryJobAssignmentStore(InMemoryTransactions tx) {
        table = new VersionedTable<>("job-assignment", tx, JobAssignmentRecord::learnerId,
                JobAssignmentRecord::version, JobAssignmentRecord::withVersion);
    }

    @Override
    public Optional<JobAssignmentRecord> find(String learnerId) {
        return table.find(learnerId);
    }

    @Override
    public Map<String, JobAssignmentRecord> findAll(Collection<String> learnerIds) {
        Map<String, JobAssignmentRecord> found = new HashMap<>();
        table.findAll(learnerIds).forEach(r -> found.put(r.learnerId(), r));
        return found;
    }

    @Override
    public JobAssignmentRecord insert(JobAssignmentRecord assignment) {
        return table.insert(assignment);
    }

    @Override
    public JobAssignmentRecord update(JobAssignmentRecord assignment) {
        return table.update(assignment);
    }
}
