package org.marsad.index;

/** A name or title form and how many articles use it. */
public record NameCount(String text, long count) {
}
