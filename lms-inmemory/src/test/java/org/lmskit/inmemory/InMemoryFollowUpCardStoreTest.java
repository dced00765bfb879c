package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.FollowUpCardStoreContract;

class InMemoryFollowUpCardStoreTest extends FollowUpCardStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
