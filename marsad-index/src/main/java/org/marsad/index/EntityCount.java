package org.marsad.index;

/**
 * An entity (or an unlinked speaker: null key) with a count: articles shared, quotes, mentions.
 *
 * @param latin readable Latin name, when known
 */
public record EntityCount(String key, String type, String name, String latin, long count) {
}
