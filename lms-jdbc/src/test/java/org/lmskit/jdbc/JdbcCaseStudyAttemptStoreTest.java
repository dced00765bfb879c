package org.lmskit.jdbc;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.CaseStudyAttemptStoreContract;

class JdbcCaseStudyAttemptStoreTest extends CaseStudyAttemptStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return Postgres.emptiedSharedStorage();
    }
}
