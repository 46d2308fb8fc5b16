package org.marsad.index;

import java.util.List;

/**
 * One page of results.
 *
 * @param total  how many results match in all
 * @param offset index of the first item of this page among all results
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> empty(int offset, int limit) {
        return new Page<>(List.of(), 0, offset, limit);
    }

    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
