package org.marsad.index;

/**
 * A search of articles.
 *
 * @param text   what the user typed: words (all must match, in any of title, text, entity names and
 *               their Latin forms), {@code "quoted phrases"}, {@code -excluded} words, {@code a | b}
 *               alternatives; blank matches every article
 * @param facets whether to count facet values over all matches
 */
public record SearchQuery(String text, Filters filters, Sort sort, int offset, int limit, boolean facets) {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    public enum Sort { RELEVANCE, NEWEST, OLDEST }

    public SearchQuery {
        text = text == null ? "" : text;
        filters = filters == null ? Filters.NONE : filters;
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", was " + offset);
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Filters.NONE, Sort.RELEVANCE, 0, 10, true);
    }

    public SearchQuery withFilters(Filters f) {
        return new SearchQuery(text, f, sort, offset, limit, facets);
    }

    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(text, filters, sort, newOffset, newLimit, facets);
    }

    public SearchQuery withSort(Sort s) {
        return new SearchQuery(text, filters, s, offset, limit, facets);
    }

    public SearchQuery withFacets(boolean f) {
        return new SearchQuery(text, filters, sort, offset, limit, f);
    }
}
