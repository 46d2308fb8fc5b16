package org.marsad.index;

/** Hits of one page, and facet counts over all matches (null when not asked for). */
public record SearchResult(Page<SearchHit> hits, Facets facets) {
}
