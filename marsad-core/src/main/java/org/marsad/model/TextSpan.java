package org.marsad.model;

import java.util.Objects;

/**
 * A stretch of one article field with the exact characters it covers. Offsets are UTF-16 char
 * indices into the field, end exclusive; writers convert them to code points for the contract.
 */
public record TextSpan(Field field, int start, int end, String text) {
    public TextSpan {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
        }
    }

    public static TextSpan of(Article article, Field field, int start, int end) {
        return new TextSpan(field, start, end, article.field(field).substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TextSpan other) {
        return field == other.field && start < other.end && other.start < end;
    }

    public boolean contains(TextSpan other) {
        return field == other.field && start <= other.start && other.end <= end;
    }
}
