package org.marsad.entities;

import java.util.Collection;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Chars;

/**
 * The hash codes of a set of name keys, to tell that a name is none of them without building its key:
 * most names the linker looks up are in no catalog, and building each one's key (and its form with the
 * article added or dropped) was a large share of the linker's allocation. A name whose hashes are absent
 * is certainly absent; one whose hashes are present may still be absent (the caller then looks it up).
 */
final class NameHashes {
    private final int[] slots;
    private final boolean[] used;
    private final int mask;

    NameHashes(Collection<String> keys) {
        int cap = Integer.highestOneBit(Math.max(4, keys.size() * 2)) << 1;
        slots = new int[cap];
        used = new boolean[cap];
        mask = cap - 1;
        for (String k : keys) {
            int h = k.hashCode();
            int s = spread(h) & mask;
            while (used[s] && slots[s] != h) {
                s = (s + 1) & mask;
            }
            slots[s] = h;
            used[s] = true;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    boolean contains(int hash) {
        int s = spread(hash) & mask;
        while (used[s]) {
            if (slots[s] == hash) {
                return true;
            }
            s = (s + 1) & mask;
        }
        return false;
    }

    /**
     * Whether a word of one of {@code w}'s clitic readings ({@link Clitics#readings}) may be one of the keys.
     * A reading's word is {@code w} from its second or third letter on, or the article and {@code w} from its
     * third or fourth letter on; their hash codes are summed from the word's end, with no reading built.
     */
    boolean mayHoldReadingOf(String w) {
        int n = w.length();
        if (n < 3) {
            return false;
        }
        int hash = 0;
        int pow = 1; // 31^(length of the suffix hashed so far)
        boolean found = false;
        for (int i = n - 1; i >= 1 && !found; i--) {
            hash += w.charAt(i) * pow;
            pow *= 31;
            if (i == 3) {
                found = contains(ARTICLE * pow + hash);
            } else if (i == 2) {
                found = contains(hash) || contains(ARTICLE * pow + hash);
            } else if (i == 1) {
                found = contains(hash);
            }
        }
        return found;
    }

    /**
     * Whether the normalized form of {@code text[start, end)} ({@link ArabicNormalizer#normalize}, as
     * {@code TokenSequence.norm} gives a token), or the word of one of its clitic readings, may be one of the
     * keys: {@link #contains} of the form and {@link #mayHoldReadingOf} in one pass, with no string built.
     */
    boolean mayHoldNormalizedOrReading(CharSequence text, int start, int end) {
        int hash = 0;
        int pow = 1; // 31^length
        int length = 0;
        int p1 = 0;
        int p2 = 0;
        int p3 = 0;
        char first = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char folded = ArabicNormalizer.fold(c);
            if (folded == ArabicNormalizer.DROP) {
                continue;
            }
            char[] exp = ArabicNormalizer.expansion(c); // a ligature: several letters
            int n = exp != null ? exp.length : 1;
            for (int k = 0; k < n; k++) {
                char f = exp != null ? exp[k] : folded;
                hash = 31 * hash + f;
                pow *= 31;
                length++;
                if (length == 1) {
                    first = f;
                    p1 = hash;
                } else if (length == 2) {
                    p2 = hash;
                } else if (length == 3) {
                    p3 = hash;
                }
            }
        }
        if (contains(hash)) {
            return true;
        }
        if (length < 3 || Clitics.CLITIC_LETTERS.indexOf(first) < 0) {
            return false; // no clitic readings
        }
        // the hash of the form from char k on is hash - (hash of its first k chars) * 31^(length - k)
        int pow1 = pow * INVERSE_31;
        int pow2 = pow1 * INVERSE_31;
        int pow3 = pow2 * INVERSE_31;
        int from1 = hash - p1 * pow1;
        int from2 = hash - p2 * pow2;
        int from3 = hash - p3 * pow3;
        return contains(from1) || contains(from2) || contains(ARTICLE * pow2 + from2)
                || length > 3 && contains(ARTICLE * pow3 + from3);
    }

    /** 31 * INVERSE_31 == 1 in int arithmetic (modulo 2^32), so that a power of 31 can be divided by 31. */
    private static final int INVERSE_31 = -1108378657;

    /** The hash code of the article ال, to be multiplied by 31^(length of the word after it). */
    private static final int ARTICLE = 'ا' * 31 + 'ل';

    /**
     * Whether {@code NameKey.of(name)}, or that key with the article added or dropped as
     * {@link AliasCatalog#lookup} tries it, may be one of the keys. The key's hash code is computed as the
     * key is scanned ({@link String#hashCode} of the chars {@link NameKey#of} would append), with no string built.
     */
    boolean mayHoldKeyOf(CharSequence name) {
        return mayHoldKeyOf(name, 0, name.length());
    }

    /** {@link #mayHoldKeyOf(CharSequence)} of {@code text[from, to)}. */
    boolean mayHoldKeyOf(CharSequence text, int from, int to) {
        int hash = 0;
        // for a key of one word (no space): its first two chars, and the hash from its third char on
        int afterArticle = 0;
        int pow = 1; // 31^length
        int length = 0;
        char first = 0;
        char second = 0;
        boolean space = false;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Chars.isArabicLetter(c) || Chars.isLatinLetter(c) || Chars.isDigit(c)) {
                char f = ArabicNormalizer.fold(c);
                if (f != ArabicNormalizer.DROP) {
                    if (!inWord && length > 0) {
                        space = true;
                        hash = 31 * hash + ' ';
                        pow *= 31;
                        length++;
                    }
                    char l = NameKey.lowerCase(f);
                    if (length == 0) {
                        first = l;
                    } else if (length == 1) {
                        second = l;
                    } else {
                        afterArticle = 31 * afterArticle + l;
                    }
                    hash = 31 * hash + l;
                    pow *= 31;
                    length++;
                    inWord = true;
                }
            } else if (ArabicNormalizer.isDropped(c) || Chars.isArabicWordMark(c)) {
                // diacritics and tatweel inside a word
            } else {
                inWord = false;
            }
        }
        if (contains(hash)) {
            return true;
        }
        if (space) {
            return false; // the alternate form of a key of several words is the key itself
        }
        if (length >= 4 && first == 'ا' && second == 'ل') {
            return contains(afterArticle);
        }
        return contains(ARTICLE * pow + hash);
    }
}
