package org.lmskit.inmemory;

import java.util.Optional;
import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.certification.CertificationPathStore;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryCertificationPathStore implements CertificationPathStore {
    private final VersionedTable<String, CertificationPathRecord> table;

    InMemoryCertificationPathStore(InMemoryTransactions tx) {
        table = new VersionedTable<>("certification-path", tx, CertificationPathRecord::pathId,
                CertificationPathRecord::version, CertificationPathRecord::withVersion);
    }

    @Override
    public Optional<CertificationPathRecord> find(String pathId) {
        return table.find(pathId);
    }

    @Override
    public CertificationPathRecord insert(CertificationPathRecord path) {
        return table.insert(path);
    }

    @Override
    public CertificationPathRecord update(CertificationPathRecord path) {
        return table.update(path);
    }
}
