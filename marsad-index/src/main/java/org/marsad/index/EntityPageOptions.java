package org.marsad.index;

/**
 * How much of an entity page to build.
 *
 * @param quoteOffset first quote to return (quotes are newest first)
 * @param quoteLimit  quotes per page
 * @param related     how many co-occurring entities, speakers and quoted entities to list
 */
public record EntityPageOptions(TimelineQuery.Interval interval, int quoteOffset, int quoteLimit, int related) {
    public static final EntityPageOptions DEFAULT = new EntityPageOptions(TimelineQuery.Interval.MONTH, 0, 20, 15);

    public EntityPageOptions {
        interval = interval == null ? TimelineQuery.Interval.MONTH : interval;
        if (quoteOffset < 0 || quoteOffset > SearchQuery.MAX_OFFSET || quoteLimit < 0
                || quoteLimit > SearchQuery.MAX_LIMIT || related < 0 || related > 1000) {
            throw new IllegalArgumentException("bad entity page options: offset " + quoteOffset + ", limit "
                    + quoteLimit + ", related " + related);
        }
    }
}
