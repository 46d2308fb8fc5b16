package org.marsad.index;

import java.util.List;

/**
 * An entity as data: its names and titles across the archive, how often it is mentioned over time,
 * its quotes, the entities it appears with, who quotes it and whom it talks about.
 *
 * @param name       its most frequent name
 * @param articles   articles that name it
 * @param mentions   times it is named in all
 * @param timeline   articles naming it per period
 * @param quotes     its own quotes, newest first
 * @param cooccurring entities named in the same articles, by shared articles
 * @param quotedBy   speakers whose quotes name it, by quotes
 * @param talksAbout entities named in its quotes, by quotes
 */
public record EntityPage(String key, String type, String name, String latin, List<NameCount> names,
                         List<NameCount> titles, long articles, long mentions, List<TimelineBucket> timeline,
                         Page<QuoteHit> quotes, List<EntityCount> cooccurring, List<EntityCount> quotedBy,
                         List<EntityCount> talksAbout) {
    public EntityPage {
        names = List.copyOf(names);
        titles = List.copyOf(titles);
        timeline = List.copyOf(timeline);
        cooccurring = List.copyOf(cooccurring);
        quotedBy = List.copyOf(quotedBy);
        talksAbout = List.copyOf(talksAbout);
    }
}
