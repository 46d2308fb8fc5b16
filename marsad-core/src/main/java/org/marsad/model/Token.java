package org.marsad.model;

/** A token as reported with {@code --tokens}: its span, kind and normalized form. */
public record Token(Field field, int start, int end, String text, TokenKind kind, String norm) {
}
