package org.marsad.index;

/** Articles over time: a search text (blank: all) and filters, counted per day, month or year. */
public record TimelineQuery(String text, Filters filters, Interval interval) {
    public enum Interval { DAY, MONTH, YEAR }

    public TimelineQuery {
        text = text == null ? "" : text;
        filters = filters == null ? Filters.NONE : filters;
        interval = interval == null ? Interval.MONTH : interval;
    }
}
