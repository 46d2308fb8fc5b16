package org.marsad.index;

import java.util.List;

/** Facet counts over all matches of a search, most frequent first. */
public record Facets(List<FacetValue> persons, List<FacetValue> organizations, List<FacetValue> places,
                     List<FacetValue> speakers, List<FacetValue> sources, List<FacetValue> categories,
                     List<FacetValue> years) {
    public static final Facets EMPTY = new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public Facets {
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        speakers = List.copyOf(speakers);
        sources = List.copyOf(sources);
        categories = List.copyOf(categories);
        years = List.copyOf(years);
    }
}
