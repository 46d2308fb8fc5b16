package org.marsad.index;

/**
 * One value of a facet and how many matching articles have it.
 *
 * @param value what to filter on (entity key, speaker key or name, source, category, year)
 * @param label what to show (the entity's most frequent name)
 */
public record FacetValue(String value, String label, long count) {
}
