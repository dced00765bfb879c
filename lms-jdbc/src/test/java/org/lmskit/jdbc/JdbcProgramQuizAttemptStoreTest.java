package org.lmskit.jdbc;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.ProgramQuizAttemptStoreContract;

class JdbcProgramQuizAttemptStoreTest extends ProgramQuizAttemptStoreContract {
    @Override
    protected StorageProvider newStorage() {
        return Postgres.emptiedSharedStorage();
    }
}
