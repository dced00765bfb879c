package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.ProgramQuizAttemptStoreContract;

class InMemoryProgramQuizAttemptStoreTest extends ProgramQuizAttemptStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
