package org.lmskit.jdbc;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.AuditTrailStoreContract;

class JdbcAuditTrailStoreTest extends AuditTrailStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return Postgres.emptiedSharedStorage();
    }
}
