package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.CandidateStoreContract;

class InMemoryCandidateStoreTest extends CandidateStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
