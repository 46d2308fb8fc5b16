package org.marsad.quotes;

/**
 * A stretch of tokens naming a source, and what is known about it.
 *
 * @param start     first token
 * @param end       one past the last token
 * @param charStart char offset where the phrase starts (after a stripped clitic ل)
 * @param nameStart first token of the person's name inside the phrase, or -1
 * @param nameEnd   one past its last token
 * @param appStart  first token of an apposition after a comma (", جوش شابيرو،"), or -1
 * @param appEnd    one past its last token
 */
record Phrase(int start, int end, int charStart, int nameStart, int nameEnd, int appStart, int appEnd) {
    boolean hasName() {
        return nameStart >= 0;
    }

    Phrase withName(int s, int e) {
        return new Phrase(start, end, charStart, s, e, appStart, appEnd);
    }

    Phrase withApposition(int s, int e) {
        return new Phrase(start, end, charStart, nameStart, nameEnd, s, e);
    }
}
