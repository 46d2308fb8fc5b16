package org.marsad.ner;

import org.marsad.model.EntityType;

/** An entity over tokens {@code [start, end)} of one sentence. */
public record TagSpan(int start, int end, EntityType type) {
    public TagSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span " + start + ".." + end);
        }
    }
}
