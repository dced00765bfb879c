package org.lmskit.inmemory;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A store of one kind of versioned record: find by key, insert at version 1, update from the stored version, all
 * through a {@link VersionedTable}. A store that keeps indexes overrides {@link #insert} and {@link #update}.
 */
abstract class VersionedStore<K, R> {
    final InMemoryTransactions tx;
    final VersionedTable<K, R> table;

    VersionedStore(String recordType, InMemoryTransactions tx, Function<R, K> key, ToLongFunction<R> version,
                   BiFunction<R, Long, R> withVersion) {
        this.tx = tx;
        this.table = new VersionedTable<>(recordType, tx, key, version, withVersion);
    }

    public Optional<R> find(K key) {
        return table.find(key);
    }

    public R insert(R record) {
        return table.insert(record);
    }

    public R update(R record) {
        return table.update(record);
    }
}
