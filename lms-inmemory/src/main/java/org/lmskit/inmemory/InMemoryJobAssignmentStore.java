package org.lmskit.inmemory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.JobAssignmentStore;
import static org.lmskit.inmemory.InMemoryCompetencyStores.*;

final class InMemoryJobAssignmentStore extends VersionedStore<String, JobAssignmentRecord>
        implements JobAssignmentStore {

    InMemoryJobAssignmentStore(InMemoryTransactions tx) {
        super("job-assignment", tx, JobAssignmentRecord::learnerId,
                JobAssignmentRecord::version, JobAssignmentRecord::withVersion);
    }

    @Override
    public Map<String, JobAssignmentRecord> findAll(Collection<String> learnerIds) {
        Map<String, JobAssignmentRecord> found = new HashMap<>(learnerIds.size() * 4 / 3 + 1);
        table.findAll(learnerIds).forEach(r -> found.put(r.learnerId(), r));
        return found;
    }
}
