package org.marsad.eval;

/**
 * One disagreement with the gold, for the error listing.
 *
 * @param capability quote, date or entity
 * @param gold       the gold text (quote content, date expression, entity name), null for a spurious prediction
 * @param predicted  the predicted text, null for a miss
 * @param detail     what else differs (speaker, value, type)
 */
public record ScoreError(Kind kind, String capability, String article, String gold, String predicted, String detail) {
    public enum Kind { MISSED, SPURIOUS, MISATTRIBUTED, WRONG_VALUE }
}
