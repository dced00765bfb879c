package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.AchievementStoreContract;

class InMemoryAchievementStoreTest extends AchievementStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
