package org.marsad.index;

import java.time.LocalDate;
import java.util.List;

/**
 * Restrictions shared by searches and timelines; every list is an OR of its values, the lists are
 * ANDed. Empty lists and null dates restrict nothing.
 *
 * @param entities   entity keys the article must name (all of them)
 * @param speakers   speaker entity keys or names (any of them) quoted in the article
 * @param sources    outlets ("skynews", "Jawhara FM")
 * @param categories article category or section, where the input gives one ("economy")
 * @param from       first publication day, inclusive
 * @param to         last publication day, inclusive
 */
public record Filters(List<String> entities, List<String> speakers, List<String> sources, List<String> categories,
                      LocalDate from, LocalDate to) {
    public static final Filters NONE = new Filters(List.of(), List.of(), List.of(), List.of(), null, null);

    public Filters {
        entities = entities == null ? List.of() : List.copyOf(entities);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        sources = sources == null ? List.of() : List.copyOf(sources);
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
    }

    public boolean isEmpty() {
        return entities.isEmpty() && speakers.isEmpty() && sources.isEmpty() && categories.isEmpty()
                && from == null && to == null;
    }

    public Filters withEntities(List<String> v) {
        return new Filters(v, speakers, sources, categories, from, to);
    }

    public Filters withSpeakers(List<String> v) {
        return new Filters(entities, v, sources, categories, from, to);
    }

    public Filters withSources(List<String> v) {
        return new Filters(entities, speakers, v, categories, from, to);
    }

    public Filters withCategories(List<String> v) {
        return new Filters(entities, speakers, sources, v, from, to);
    }

    public Filters withDates(LocalDate f, LocalDate t) {
        return new Filters(entities, speakers, sources, categories, f, t);
    }
}
