package org.marsad.entities;

import java.util.Collection;
import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Chars;

/**
 * The hash codes of a set of name keys, to tell that a name is none of them without building its key:
 * most names the linker looks up are in no catalog, and building each one's key (and its form with the
 * article added or dropped) was a large share of the linker's allocation. A name whose hashes are absent
 * is certainly absent; one whose hashes are present may still be absent (the caller then looks it up).
 * Several sets may share one table, each hash carrying a bit per set that holds it ({@link #flags}), so
 * that one pass over a word answers for all of them.
 */
final class NameHashes {
    /** Open addressing, linear probing; 0 marks an empty slot, so a probe that misses reads one array. */
    private final int[] slots;
    private final byte[] flags;
    private final int zeroFlags;
    /** The bits of every set: a hash that has them all needs no further probe. */
    private final int allFlags;
    private final int shift;
    private final int mask;

    NameHashes(Collection<String> keys) {
        this(List.of(keys));
    }

    /** The sets in one table: a hash of {@code sets.get(k)} carries bit {@code 1 << k} (at most 8 sets). */
    NameHashes(List<? extends Collection<String>> sets) {
        if (sets.size() > 8) {
            throw new IllegalArgumentException("at most 8 sets, not " + sets.size());
        }
        int size = 0;
        for (Collection<String> keys : sets) {
            size += keys.size();
        }
        int cap = Integer.highestOneBit(Math.max(4, size * 2)) << 1;
        slots = new int[cap];
        flags = new byte[cap];
        mask = cap - 1;
        shift = 32 - Integer.numberOfTrailingZeros(cap);
        int zero = 0;
        for (int k = 0; k < sets.size(); k++) {
            int bit = 1 << k;
            for (String key : sets.get(k)) {
                int h = key.hashCode();
                if (h == 0) {
                    zero |= bit;
                    continue;
                }
                int s = slot(h);
                while (slots[s] != 0 && slots[s] != h) {
                    s = (s + 1) & mask;
                }
                slots[s] = h;
                flags[s] |= (byte) bit;
            }
        }
        zeroFlags = zero;
        allFlags = (1 << sets.size()) - 1;
    }

    /** String hash codes differ mostly in their low bits; the slot is taken from the high bits of their product. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** The bits of the sets holding a key with this hash code; 0 when none does. */
    int flags(int hash) {
        if (hash == 0) {
            return zeroFlags;
        }
        int s = slot(hash);
        int h;
        while ((h = slots[s]) != 0) {
            if (h == hash) {
                return flags[s];
            }
            s = (s + 1) & mask;
        }
        return 0;
    }

    boolean contains(int hash) {
        return flags(hash) != 0;
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
        return flagsOfNormalizedOrReading(text, start, end) != 0;
    }

    /**
     * The bits of the sets that may hold the normalized form of {@code text[start, end)} or the word of one of
     * its clitic readings: per set, {@link #mayHoldNormalizedOrReading} as if the table held that set alone.
     */
    int flagsOfNormalizedOrReading(CharSequence text, int start, int end) {
        return (int) flagsAndHashOfNormalizedOrReading(text, start, end);
    }

    /**
     * {@link #flagsOfNormalizedOrReading} in the low 32 bits, and in the high 32 the hash code of the normalized
     * form ({@code String.hashCode} of {@code ArabicNormalizer.normalize(text[start, end))}), which the same pass
     * computes.
     */
    long flagsAndHashOfNormalizedOrReading(CharSequence text, int start, int end) {
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
        long hashBits = (long) hash << 32;
        int found = flags(hash);
        if (found == allFlags || length < 3 || Clitics.CLITIC_LETTERS.indexOf(first) < 0) {
            return hashBits | found; // all found, or no clitic readings
        }
        // the hash of the form from char k on is hash - (hash of its first k chars) * 31^(length - k)
        int pow1 = pow * INVERSE_31;
        int pow2 = pow1 * INVERSE_31;
        int pow3 = pow2 * INVERSE_31;
        int from1 = hash - p1 * pow1;
        int from2 = hash - p2 * pow2;
        int from3 = hash - p3 * pow3;
        found |= flags(from1) | flags(from2) | flags(ARTICLE * pow2 + from2);
        if (length > 3) {
            found |= flags(ARTICLE * pow3 + from3);
        }
        return hashBits | found;
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
