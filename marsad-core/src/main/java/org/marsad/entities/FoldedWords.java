package org.marsad.entities;

import java.util.Collection;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TokenSequence;
import org.marsad.translit.ArabicWord;

/**
 * A set of words in the transliteration model's spelling ({@link Transliterator#fold}), asked about a
 * token or a stretch of text without folding it into a new string: span repair asks about most tokens of
 * every span (edge words, clause words), and the answer is nearly always no.
 */
final class FoldedWords {
    private final String[] slots;
    private final int mask;

    FoldedWords(Collection<String> words) {
        int cap = Integer.highestOneBit(Math.max(4, words.size() * 2)) << 1;
        slots = new String[cap];
        mask = cap - 1;
        for (String w : words) {
            int s = spread(w.hashCode()) & mask;
            while (slots[s] != null && !slots[s].equals(w)) {
                s = (s + 1) & mask;
            }
            slots[s] = w;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Whether the folded form of token {@code k} is one of the words. */
    boolean contains(TokenSequence ts, int k) {
        return contains(ts.source(), ts.start(k), ts.end(k));
    }

    /** Whether the folded form of {@code text} is one of the words. */
    boolean contains(CharSequence text) {
        return contains(text, 0, text.length());
    }

    /** Whether the folded form of {@code text[from, to)} is one of the words. */
    boolean contains(CharSequence text, int from, int to) {
        int hash = 0;
        int length = 0;
        for (int i = from; i < to; i++) {
            char f = ArabicWord.fold(text.charAt(i));
            if (f != ArabicNormalizer.DROP) {
                hash = 31 * hash + f;
                length++;
            }
        }
        for (int s = spread(hash) & mask; slots[s] != null; s = (s + 1) & mask) {
            String w = slots[s];
            if (w.length() == length && w.hashCode() == hash && sameFolded(w, text, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolded(String w, CharSequence text, int from, int to) {
        int j = 0;
        for (int i = from; i < to; i++) {
            char f = ArabicWord.fold(text.charAt(i));
            if (f != ArabicNormalizer.DROP && w.charAt(j++) != f) {
                return false;
            }
        }
        return true;
    }
}
