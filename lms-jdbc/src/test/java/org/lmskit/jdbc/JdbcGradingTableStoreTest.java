package org.lmskit.jdbc;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.GradingTableStoreContract;

class JdbcGradingTableStoreTest extends GradingTableStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return Postgres.emptiedSharedStorage();
    }
}
