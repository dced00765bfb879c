package org.lmskit.jdbc;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.CompetencyCatalogStoreContract;

class JdbcCompetencyCatalogStoreTest extends CompetencyCatalogStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return Postgres.emptiedSharedStorage();
    }
}
