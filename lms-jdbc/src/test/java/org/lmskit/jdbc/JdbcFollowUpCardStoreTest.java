package org.lmskit.jdbc;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.FollowUpCardStoreContract;

class JdbcFollowUpCardStoreTest extends FollowUpCardStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return Postgres.emptiedSharedStorage();
    }
}
