package org.marsad.quotes;

/**
 * How often each normalized word occurs in one article: an open-addressing table of the words and their
 * counts, kept at most half full, with no node or boxed count per word. Not thread-safe (one per article).
 */
final class WordCounts {
    private String[] words;
    private int[] counts;
    private int mask;
    private int size;

    /**
     * A table for the words of {@code maxTokens} tokens. It starts with a slot per token and doubles when half
     * full: an article's distinct words are about half its tokens, so two slots per token (as before) were mostly
     * left empty.
     */
    WordCounts(int maxTokens) {
        int cap = Integer.highestOneBit(Math.max(8, maxTokens) * 2 - 1);
        words = new String[cap];
        counts = new int[cap];
        mask = cap - 1;
    }

    void add(String word) {
        int s = slot(word);
        if (words[s] == null) {
            words[s] = word;
            if (++size * 2 > words.length) {
                grow();
                s = slot(word);
            }
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

    private void grow() {
        String[] oldWords = words;
        int[] oldCounts = counts;
        words = new String[oldWords.length * 2];
        counts = new int[words.length];
        mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                int s = slot(oldWords[i]);
                words[s] = oldWords[i];
                counts[s] = oldCounts[i];
            }
        }
    }
}
