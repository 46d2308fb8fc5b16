package org.marsad.index;

/**
 * One period of a timeline.
 *
 * @param period {@code 2018}, {@code 2018-02} or {@code 2018-02-18}, by the interval asked for
 */
public record TimelineBucket(String period, long count) {
}
