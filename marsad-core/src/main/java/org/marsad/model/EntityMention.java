package org.marsad.model;

/** A span the tagger labelled as a named entity. */
public record EntityMention(TextSpan span, EntityType type) {
    public String text() {
        return span.text();
    }
}
