package org.lmskit.jdbc;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.AdapterContract;

/** The PostgreSQL adapter against the whole storage contract, on one migrated database emptied per test. */
class JdbcStorageTest extends AdapterContract {
    @Override
    protected StorageProvider newStorage() {
        return Postgres.emptiedSharedStorage();
    }
}
