package org.marsad.translit;

/** Writes one Arabic name word in Latin letters. */
public interface WordTransliterator {
    /**
     * The Latin spelling, lower case, of a word folded by {@link ArabicWord#fold}, or null when this
     * transliterator cannot spell it.
     */
    String toLatin(CharSequence foldedArabicWord);
}
