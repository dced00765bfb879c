package org.lmskit.inmemory;

import java.util.List;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;

/** What the certification stores share in memory (each store has its own file). */
final class InMemoryCertificationStores {
    private InMemoryCertificationStores() {
    }

    static <T> Page<T> page(List<T> sorted, PageRequest page) {
        int from = Math.min(page.offset(), sorted.size());
        int to = Math.min(from + page.limit(), sorted.size());
        return new Page<>(sorted.subList(from, to), sorted.size(), page);
    }

}
