package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.TransactionsContract;

class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
