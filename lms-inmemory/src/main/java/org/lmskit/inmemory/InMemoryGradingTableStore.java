package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.certification.GradingTableRecord;
import org.lmskit.spi.certification.GradingTableStore;

final class InMemoryGradingTableStore implements GradingTableStore {
    private static final String RECORD_TYPE = "grading-table";

    private final InMemoryTransactions transactions;
    private final TreeMap<String, GradingTableRecord> tables = new TreeMap<>();

    InMemoryGradingTableStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<GradingTableRecord> find(String pathId) {
        return transactions.read(() -> Optional.ofNullable(tables.get(pathId)));
    }

    @Override
    public GradingTableRecord insert(GradingTableRecord table) {
        return transactions.write(() -> {
            if (tables.containsKey(table.pathId())) {
                throw new DuplicateKeyException(RECORD_TYPE, table.pathId());
            }
            GradingTableRecord stored = table.withVersion(1);
            tables.put(stored.pathId(), stored);
            transactions.onRollback(() -> tables.remove(stored.pathId()));
            return stored;
        });
    }

    @Override
    public GradingTableRecord update(GradingTableRecord table) {
        return transactions.write(() -> {
            GradingTableRecord current = requireVersion(table.pathId(), table.version());
            GradingTableRecord stored = table.withVersion(current.version() + 1);
            tables.put(stored.pathId(), stored);
            transactions.onRollback(() -> tables.put(current.pathId(), current));
            return stored;
        });
    }

    @Override
    public void delete(String pathId, long expectedVersion) {
        transactions.write(() -> {
            GradingTableRecord current = requireVersion(pathId, expectedVersion);
            tables.remove(pathId);
            transactions.onRollback(() -> tables.put(pathId, current));
            return null;
        });
    }

    @Override
    public Page<GradingTableRecord> list(PageRequest page) {
        return transactions.read(() -> {
            List<GradingTableRecord> all = new ArrayList<>(tables.values());
            int from = Math.min(page.offset(), all.size());
            int to = Math.min(from + page.limit(), all.size());
            return new Page<>(all.subList(from, to), all.size(), page);
        });
    }

    private GradingTableRecord requireVersion(String pathId, long expectedVersion) {
        GradingTableRecord current = tables.get(pathId);
        if (current == null || current.version() != expectedVersion) {
            throw new StaleVersionException(RECORD_TYPE, pathId, expectedVersion);
        }
        return current;
    }
}
