package org.marsad.text;

/**
 * The strings of words seen lately, so that a word met again is not built again: a direct-mapped table of
 * strings, the slot chosen by the word's hash, a string kept until another word takes its slot. Building a
 * string of Arabic letters costs two arrays on Java 17 (a Latin-1 copy is tried first and thrown away), and
 * most tokens of a news article are words met before, in the article or in the ones before it.
 *
 * <p>Meant for one thread ({@link Tokenizer} keeps one per thread), but safe if shared: a slot is read once
 * into a local and its string compared with the chars before it is returned, strings are immutable, so a race
 * only loses a slot. What it returns is always a string equal to the chars asked about; only which instance
 * depends on the words seen before.
 */
public final class WordStrings {
    /** Longer words are rarely met twice and would only push common ones out. */
    private static final int MAX_LENGTH = 24;

    private final String[] slots;
    private final int mask;

    /** A table of {@code 2^bits} slots. */
    public WordStrings(int bits) {
        slots = new String[1 << bits];
        mask = slots.length - 1;
    }

    /** A string equal to {@code chars}, the one returned before for the same chars when it is still kept. */
    public String of(CharSequence chars) {
        return of(chars, 0, chars.length());
    }

    /** A string equal to {@code chars[start, end)}, the one returned before when it is still kept. */
    public String of(CharSequence chars, int start, int end) {
        int n = end - start;
        if (n > MAX_LENGTH) {
            return chars.subSequence(start, end).toString();
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars.charAt(i);
        }
        int slot = (h ^ (h >>> 15)) & mask;
        String s = slots[slot];
        if (s != null && s.length() == n && s.hashCode() == h && sameChars(s, chars, start)) {
            return s;
        }
        s = chars.subSequence(start, end).toString();
        slots[slot] = s;
        return s;
    }

    private static boolean sameChars(String s, CharSequence chars, int start) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != chars.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }
}
