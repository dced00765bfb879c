package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.CourseCatalogStoreContract;

class InMemoryCourseCatalogStoreTest extends CourseCatalogStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
