package org.lmskit.inmemory;

import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.certification.CertificationPathStore;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryCertificationPathStore extends VersionedStore<String, CertificationPathRecord>
        implements CertificationPathStore {

    InMemoryCertificationPathStore(InMemoryTransactions tx) {
        super("certification-path", tx, CertificationPathRecord::pathId,
                CertificationPathRecord::version, CertificationPathRecord::withVersion);
    }
}
