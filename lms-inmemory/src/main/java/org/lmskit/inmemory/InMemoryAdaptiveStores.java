package org.lmskit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** What the adaptive-course stores share in memory (each store has its own file, InMemoryCourseCatalogStore and the rest). */
final class InMemoryAdaptiveStores {
    private InMemoryAdaptiveStores() {
    }

    /** Rows kept twice, by an outer and an inner key, with the undo registered for both. */
    static final class TwoWayIndex<R> {
        private final InMemoryTransactions tx;
        private final Map<String, TreeMap<String, R>> byFirst = new HashMap<>();
        private final Map<String, TreeMap<String, R>> bySecond = new HashMap<>();

        TwoWayIndex(InMemoryTransactions tx) {
            this.tx = tx;
        }

        void put(String first, String second, R row) {
            TreeMap<String, R> a = byFirst.computeIfAbsent(first, k -> new TreeMap<>());
            TreeMap<String, R> b = bySecond.computeIfAbsent(second, k -> new TreeMap<>());
            R previous = a.put(second, row);
            b.put(first, row);
            tx.onRollback(() -> {
                if (previous == null) {
                    a.remove(second);
                    b.remove(first);
                } else {
                    a.put(second, previous);
                    b.put(first, previous);
                }
            });
        }

        TreeMap<String, R> byFirst(String first) {
            return byFirst.getOrDefault(first, new TreeMap<>());
        }

        TreeMap<String, R> bySecond(String second) {
            return bySecond.getOrDefault(second, new TreeMap<>());
        }
    }

}
