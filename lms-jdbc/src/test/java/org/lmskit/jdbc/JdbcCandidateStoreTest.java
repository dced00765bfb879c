package org.lmskit.jdbc;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.CandidateStoreContract;

class JdbcCandidateStoreTest extends CandidateStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return Postgres.emptiedSharedStorage();
    }
}
