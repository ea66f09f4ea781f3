package com.csdesk.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of search results. It says whether there is a next page instead of counting all
 * matches, which on a million rows would cost more than the search itself.
 */
public record SearchPage<T>(List<T> items, int page, int size, boolean hasNext) {

    /** Builds a page from a query that fetched {@code size + 1} rows. */
    public static <T> SearchPage<T> of(List<T> fetched, int page, int size) {
        boolean more = fetched.size() > size;
        return new SearchPage<>(more ? List.copyOf(fetched.subList(0, size)) : List.copyOf(fetched), page, size, more);
    }

    public <R> SearchPage<R> map(Function<T, R> mapper) {
        return new SearchPage<>(items.stream().map(mapper).toList(), page, size, hasNext);
    }

    public int offset() {
        return page * size;
    }
}
