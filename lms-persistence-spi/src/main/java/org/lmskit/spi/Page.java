package org.lmskit.spi;

import java.util.List;
import java.util.function.Function;

/**
 * One slice of an ordered result.
 *
 * @param items the rows of this slice, in the query's order
 * @param total how many rows match the criteria, all pages together
 */
public record Page<T>(List<T> items, long total, PageRequest request) {
    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is below the page size " + items.size());
        }
    }

    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }
}
