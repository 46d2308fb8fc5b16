package org.marsad.model;

/** A number in the text with its unit ({@code 19 طائرة}, {@code 110 كيلومترات في الساعة}). */
public record Quantity(TextSpan span, double value, String unit) {
}
