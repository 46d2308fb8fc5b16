package org.marsad.quotes;

/**
 * How often each normalized word occurs in one article: an open-addressing table of the words and their
 * counts, kept at most half full, with no node or boxed count per word. Sized once for the article's
 * tokens. Not thread-safe (one per article).
 */
final class WordCounts {
    private final String[] words;
    private final int[] counts;
    private final int mask;

    /** A table for at most {@code maxWords} distinct words. */
    WordCounts(int maxWords) {
        int cap = Integer.highestOneBit(Math.max(8, maxWords) * 2 - 1) << 1;
        words = new String[cap];
        counts = new int[cap];
        mask = cap - 1;
    }

    void add(String word) {
        int s = slot(word);
        if (words[s] == null) {
            words[s] = word;
        }
        counts[s]++;
    }

    int count(String word) {
        int s = slot(word);
        return words[s] == null ? 0 : counts[s];
    }

    boolean contains(String word) {
        return words[slot(word)] != null;
    }

    private int slot(String word) {
        int h = word.hashCode();
        int s = (h ^ (h >>> 16)) & mask;
        String w;
        while ((w = words[s]) != null && !w.equals(word)) {
            s = (s + 1) & mask;
        }
        return s;
    }
}
