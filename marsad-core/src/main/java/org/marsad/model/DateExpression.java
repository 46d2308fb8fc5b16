package org.marsad.model;

/**
 * A date expression and its ISO 8601 value ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY},
 * {@code YYYY-Www}); unknown parts are X, as in TimeML ({@code XXXX-01-13}).
 *
 * @param endValue for ranges, the value of the other end, else null
 */
public record DateExpression(TextSpan span, String value, String endValue) {
    public DateExpression(TextSpan span, String value) {
        this(span, value, null);
    }
}
