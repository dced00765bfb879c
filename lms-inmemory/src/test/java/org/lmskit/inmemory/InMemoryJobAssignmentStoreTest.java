package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.JobAssignmentStoreContract;

class InMemoryJobAssignmentStoreTest extends JobAssignmentStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
