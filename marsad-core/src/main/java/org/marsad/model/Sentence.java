package org.marsad.model;

/** A sentence of one field; char offsets, end exclusive. The headline is a sentence of its own. */
public record Sentence(Field field, int start, int end) {
}
