package org.lmskit.jdbc;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.TransactionsContract;

class JdbcTransactionsTest extends TransactionsContract {
    @Override
    protected StorageProvider newStorage() {
        return Postgres.emptiedSharedStorage();
    }
}
