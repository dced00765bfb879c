package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.CaseStudyAttemptStoreContract;

class InMemoryCaseStudyAttemptStoreTest extends CaseStudyAttemptStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
