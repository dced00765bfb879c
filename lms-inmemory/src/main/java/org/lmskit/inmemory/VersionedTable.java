package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;

/**
 * The optimistic-version rules every mutable in-memory store shares: insert at version 1, update only
 * from the stored version, undo registered with the open transaction. Callers hold no lock: each
 * method takes the storage's lock itself.
 */
final class VersionedTable<K, R> {
    private final String recordType;
    private final InMemoryTransactions transactions;
    private final Function<R, K> key;
    private final ToLongFunction<R> version;
    private final BiFunction<R, Long, R> withVersion;
    private final Map<K, R> rows = new HashMap<>();

    VersionedTable(String recordType, InMemoryTransactions transactions, Function<R, K> key, ToLongFunction<R> version,
                   BiFunction<R, Long, R> withVersion) {
        this.recordType = recordType;
        this.transactions = transactions;
        this.key = key;
        this.version = version;
        this.withVersion = withVersion;
    }

    Optional<R> find(K id) {
        return transactions.read(() -> Optional.ofNullable(rows.get(id)));
    }

    List<R> findAll(Collection<K> ids) {
        return transactions.read(() -> {
            List<R> found = new ArrayList<>(ids.size());
            for (K id : ids) {
                R row = rows.get(id);
                if (row != null) {
                    found.add(row);
                }
            }
            return found;
        });
    }

    List<R> values() {
        return transactions.read(() -> new ArrayList<>(rows.values()));
    }

    R insert(R record) {
        return transactions.write(() -> {
            K id = key.apply(record);
            if (rows.containsKey(id)) {
                throw new DuplicateKeyException(recordType, String.valueOf(id));
            }
            R stored = withVersion.apply(record, 1L);
            rows.put(id, stored);
            transactions.onRollback(() -> rows.remove(id));
            return stored;
        });
    }

    R update(R record) {
        return transactions.write(() -> {
            K id = key.apply(record);
            R current = rows.get(id);
            long expected = version.applyAsLong(record);
            if (current == null || version.applyAsLong(current) != expected) {
                throw new StaleVersionException(recordType, String.valueOf(id), expected);
            }
            R stored = withVersion.apply(record, expected + 1);
            rows.put(id, stored);
            transactions.onRollback(() -> rows.put(id, current));
            return stored;
        });
    }
}
