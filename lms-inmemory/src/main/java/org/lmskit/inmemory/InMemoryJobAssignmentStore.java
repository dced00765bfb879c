package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.competency.CompetencyCatalogStore;
import org.lmskit.spi.competency.CompetencyRecord;
import org.lmskit.spi.competency.InterimReviewRecord;
import org.lmskit.spi.competency.InterimReviewStore;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.JobAssignmentStore;
import org.lmskit.spi.competency.JobRecord;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;
import org.lmskit.spi.competency.PositioningStore;
import org.lmskit.spi.competency.ProfileRecord;
import org.lmskit.spi.competency.ScaleRecord;
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
