package org.lmskit.inmemory;

import com.google.common.collect.TreeBasedTable;
import java.util.SortedMap;

/** What the adaptive-course stores share in memory (each store has its own file, InMemoryCourseCatalogStore and the rest). */
final class InMemoryAdaptiveStores {
    private InMemoryAdaptiveStores() {
    }

    /**
     * Rows kept in two sorted tables, by (outer, inner) and by (inner, outer) key, so either key finds its rows
     * in key order without a scan; the undo is registered for both.
     */
    static final class TwoWayIndex<R> {
        private final InMemoryTransactions tx;
        private final TreeBasedTable<String, String, R> byFirst = TreeBasedTable.create();
        private final TreeBasedTable<String, String, R> bySecond = TreeBasedTable.create();

        TwoWayIndex(InMemoryTransactions tx) {
            this.tx = tx;
        }

        void put(String first, String second, R row) {
            R previous = byFirst.put(first, second, row);
            bySecond.put(second, first, row);
            tx.onRollback(() -> {
                if (previous == null) {
                    byFirst.remove(first, second);
                    bySecond.remove(second, first);
                } else {
                    byFirst.put(first, second, previous);
                    bySecond.put(second, first, previous);
                }
            });
        }

        /** The rows of an outer key, by inner key. */
        SortedMap<String, R> byFirst(String first) {
            return byFirst.row(first);
        }

        /** The rows of an inner key, by outer key. */
        SortedMap<String, R> bySecond(String second) {
            return bySecond.row(second);
        }
    }
}
