package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.CompetencyCatalogStoreContract;

class InMemoryCompetencyCatalogStoreTest extends CompetencyCatalogStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
