package org.marsad.translit;

/**
 * A {@link WordTransliterator} that remembers the spellings another one gave, per thread: news names
 * recur from article to article, and decoding a word with the graphone model costs tens of n-gram probes
 * per letter. Direct-mapped and bounded (a new word takes the slot of an old one), so the memory per
 * thread stays fixed; the answers are those of the wrapped transliterator, which must be a pure function
 * of the word. Thread-safe: each thread has its own table.
 */
public final class RememberedSpellings implements WordTransliterator {
    /** Stands for "the wrapped transliterator gave null" in the table. */
    private static final String NONE = new String("");

    private final WordTransliterator spelling;
    private final int capacity;
    private final ThreadLocal<Table> tables;

    public RememberedSpellings(WordTransliterator spelling, int capacity) {
        this.spelling = spelling;
        this.capacity = Integer.highestOneBit(Math.max(16, capacity));
        this.tables = ThreadLocal.withInitial(() -> new Table(this.capacity));
    }

    @Override
    public String toLatin(CharSequence foldedArabicWord) {
        String word = foldedArabicWord.toString();
        Table t = tables.get();
        int h = word.hashCode();
        int slot = (h ^ (h >>> 16)) & (t.words.length - 1);
        if (word.equals(t.words[slot])) {
            String s = t.spellings[slot];
            return s == NONE ? null : s;
        }
        String s = spelling.toLatin(word);
        t.words[slot] = word;
        t.spellings[slot] = s == null ? NONE : s;
        return s;
    }

    private static final class Table {
        final String[] words;
        final String[] spellings;

        Table(int capacity) {
            words = new String[capacity];
            spellings = new String[capacity];
        }
    }
}
