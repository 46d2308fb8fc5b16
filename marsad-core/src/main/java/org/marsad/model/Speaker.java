package org.marsad.model;

/** Who a quote is attributed to; {@code entity} is the article-local entity id or null. */
public record Speaker(String entity, String name, SpeakerKind kind) {
}
