package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.LearningQuizStoreContract;

class InMemoryLearningQuizStoreTest extends LearningQuizStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
