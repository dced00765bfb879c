package org.lmskit.inmemory;

import org.lmskit.spi.StorageCapabilities;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.Transactions;
import org.lmskit.spi.audit.AuditTrailStore;
import org.lmskit.spi.certification.GradingTableStore;
import org.lmskit.spi.jobs.JobRunStore;

/**
 * Every store in memory, sharing one lock: reads run in parallel, writes one at a time, and a
 * transaction holds the write lock from start to end, so it is serializable and rolls back by
 * undoing its writes in reverse order. Nothing survives the process.
 */
public final class InMemoryStorage implements StorageProvider {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryAuditTrailStore auditTrail = new InMemoryAuditTrailStore(transactions);
    private final InMemoryGradingTableStore gradingTables = new InMemoryGradingTableStore(transactions);
    private final InMemoryJobRunStore jobRuns = new InMemoryJobRunStore(transactions);

    private InMemoryStorage() {
    }

    public static InMemoryStorage create() {
        return new InMemoryStorage();
    }

    @Override
    public StorageCapabilities capabilities() {
        return new StorageCapabilities("in-memory", false, false);
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public AuditTrailStore auditTrail() {
        return auditTrail;
    }

    @Override
    public GradingTableStore gradingTables() {
        return gradingTables;
    }

    @Override
    public JobRunStore jobRuns() {
        return jobRuns;
    }
}
