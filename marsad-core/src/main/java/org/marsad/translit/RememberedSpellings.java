package org.marsad.translit;

/**
 * A {@link WordTransliterator} that remembers the spellings another one gave, per thread: news names
 * recur from article to article, and decoding a word with the graphone model costs tens of n-gram probes
 * per letter. Four-way set associative, least recently used out, and bounded, so the memory per thread
 * stays fixed: a direct-mapped table (one word per slot) lost about 15 % of its lookups to pairs of
 * recurring words that shared a slot and kept pushing each other out, even with the table a third full.
 * The answers are those of the wrapped transliterator, which must be a pure function of the word.
 * Thread-safe: each thread has its own table.
 */
public final class RememberedSpellings implements WordTransliterator {
    /** Stands for "the wrapped transliterator gave null" in the table. */
    private static final String NONE = new String("");
    static final int WAYS = 4;

    private final WordTransliterator spelling;
    private final int capacity;
    private final ThreadLocal<Table> tables;

    /** Remembers up to {@code capacity} words (rounded down to a power of two, at least {@link #WAYS}). */
    public RememberedSpellings(WordTransliterator spelling, int capacity) {
        this.spelling = spelling;
        this.capacity = Integer.highestOneBit(Math.max(WAYS, capacity));
        this.tables = ThreadLocal.withInitial(() -> new Table(this.capacity));
    }

    @Override
    public String toLatin(CharSequence foldedArabicWord) {
        String word = foldedArabicWord.toString();
        Table t = tables.get();
        int h = word.hashCode();
        // the set from the high bits of the product, where all of h's bits count
        int first = ((h * 0x9E3779B9) >>> t.setShift & t.setMask) * WAYS;
        String[] words = t.words;
        String[] spellings = t.spellings;
        int[] hashes = t.hashes;
        int way = 0;
        // the hashes first: a way of another word is passed over without reading its string
        while (way < WAYS && (hashes[first + way] != h || !word.equals(words[first + way]))) {
            way++;
        }
        String s;
        if (way < WAYS) {
            s = spellings[first + way];
        } else {
            String spelled = spelling.toLatin(word);
            s = spelled == null ? NONE : spelled;
            way = WAYS - 1; // the least recently used goes
        }
        // the set is kept most recently used first
        for (int k = first + way; k > first; k--) {
            words[k] = words[k - 1];
            spellings[k] = spellings[k - 1];
            hashes[k] = hashes[k - 1];
        }
        words[first] = word;
        spellings[first] = s;
        hashes[first] = h;
        return s == NONE ? null : s;
    }

    private static final class Table {
        final String[] words;
        final String[] spellings;
        /** The hash code of each way's word (any value for an empty way, whose word is null). */
        final int[] hashes;
        final int setShift;
        final int setMask;

        Table(int capacity) {
            words = new String[capacity];
            spellings = new String[capacity];
            hashes = new int[capacity];
            int sets = capacity / WAYS;
            setShift = 32 - Integer.numberOfTrailingZeros(sets);
            setMask = sets - 1; // with one set the shift (by 32) is none, and the mask makes it set 0
        }
    }
}
