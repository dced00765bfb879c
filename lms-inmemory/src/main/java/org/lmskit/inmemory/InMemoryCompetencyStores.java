package org.lmskit.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.lmskit.spi.competency.PositioningRecord;

/** What the competency stores share in memory (each store has its own file). */
final class InMemoryCompetencyStores {
    private InMemoryCompetencyStores() {
    }

    static <K, R> List<R> sortedFind(VersionedTable<K, R> table, Collection<K> ids, Function<R, String> key) {
        return table.findAll(ids.stream().distinct().toList()).stream().sorted(Comparator.comparing(key)).toList();
    }

    /** Several immutable lists read as one, without copying them. */
    static final class Runs extends java.util.AbstractList<PositioningRecord> implements java.util.RandomAccess {
        private final List<List<PositioningRecord>> runs;
        private final int[] starts;
        private final int size;

        Runs(List<List<PositioningRecord>> runs) {
            this.runs = runs;
            this.starts = new int[runs.size()];
            int total = 0;
            for (int i = 0; i < runs.size(); i++) {
                starts[i] = total;
                total += runs.get(i).size();
            }
            this.size = total;
        }

        @Override
        public PositioningRecord get(int index) {
            java.util.Objects.checkIndex(index, size);
            int run = java.util.Arrays.binarySearch(starts, index);
            if (run < 0) {
                run = -run - 2;
            }
            while (runs.get(run).isEmpty()) {
                run++;
            }
            return runs.get(run).get(index - starts[run]);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Iterator<PositioningRecord> iterator() {
            return new java.util.Iterator<>() {
                private int run;
                private int next;

                @Override
                public boolean hasNext() {
                    while (run < runs.size() && next >= runs.get(run).size()) {
                        run++;
                        next = 0;
                    }
                    return run < runs.size();
                }

                @Override
                public PositioningRecord next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return runs.get(run).get(next++);
                }
            };
        }
    }

}
