package org.lmskit.inmemory;

import org.lmskit.spi.StorageProvider;
import org.lmskit.tck.AdapterContract;

/** The in-memory adapter against the whole storage contract, a fresh instance per test. */
class InMemoryStorageTest extends AdapterContract {
    @Override
    protected StorageProvider newStorage() {
        return InMemoryStorage.create();
    }
}
