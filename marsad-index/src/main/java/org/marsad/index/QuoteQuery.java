package org.marsad.index;

import java.time.LocalDate;
import org.marsad.model.Stance;

/**
 * A search of quotes; null parts restrict nothing.
 *
 * @param speaker speaker entity key, or a name (matched with the Arabic analyzer, also against Latin names)
 * @param about   key of an entity named inside the quoted words
 * @param text    words the quote must contain (same syntax as {@link SearchQuery#text()})
 */
public record QuoteQuery(String speaker, String about, String text, String source, Stance stance, LocalDate from,
                         LocalDate to, int offset, int limit) {
    public QuoteQuery {
        if (offset < 0 || offset > SearchQuery.MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + SearchQuery.MAX_OFFSET + ", was " + offset);
        }
        if (limit < 0 || limit > SearchQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + SearchQuery.MAX_LIMIT + ", was " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
    }

    public static QuoteQuery bySpeaker(String speaker) {
        return new QuoteQuery(speaker, null, null, null, null, null, null, 0, 20);
    }

    public static QuoteQuery about(String entityKey) {
        return new QuoteQuery(null, entityKey, null, null, null, null, null, 0, 20);
    }

    public QuoteQuery withDates(LocalDate f, LocalDate t) {
        return new QuoteQuery(speaker, about, text, source, stance, f, t, offset, limit);
    }

    public QuoteQuery withPage(int newOffset, int newLimit) {
        return new QuoteQuery(speaker, about, text, source, stance, from, to, newOffset, newLimit);
    }
}
