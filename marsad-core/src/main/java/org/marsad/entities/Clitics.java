package org.marsad.entities;

import org.marsad.text.ArabicNormalizer;

/**
 * Proclitics that Arabic writes joined to a name: conjunctions و ف, prepositions ب ل ك, and ل before
 * the article, which swallows its alef ({@code لل} = ل + ال). Works on normalized words; offsets into
 * the original are found with {@link #offsetAfterLetters}.
 */
final class Clitics {
    /** Prefixes before the article: the clitic letters are dropped, the article stays ({@code وبالعراق → العراق}). */
    private static final String[] BEFORE_ARTICLE = {"وبال", "فبال", "وكال", "وال", "فال", "بال", "كال"};
    /** Plain prefixes, longest first. */
    private static final String[] PLAIN = {"وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"};

    private static final String[] BEFORE_LAM_ARTICLE = {"ولل", "فلل", "لل"};
    /** The letters a word with a clitic starts with. */
    static final String CLITIC_LETTERS = "وفبلك";
    private static final Reading[] NONE = new Reading[0];
    /** Words per thread's table of remembered readings (a power of two). */
    private static final int REMEMBERED = 16384;
    /**
     * Each thread's last readings per word, direct-mapped: the linker asks for the readings of most words
     * of an article several times (catalog names, organization heads, span repair), and words recur from
     * article to article. A cache of a pure function: what a caller sees never depends on it.
     */
    private static final ThreadLocal<Remembered> REMEMBERED_READINGS = ThreadLocal.withInitial(Remembered::new);

    private Clitics() {
    }

    /** One way to read a word: the clitic letters to skip and the word that remains (in normalized form). */
    record Reading(int skip, String word) {
        /** Whether the name keeps an article that the ل before it swallowed: {@code للمنظمة} → {@code المنظمة}. */
        boolean articleSwallowed(String norm) {
            return word.startsWith("ال") && !norm.startsWith(word, skip);
        }
    }

    /**
     * The readings of a normalized word with a clitic removed, most likely first; the word itself is not
     * included. {@code للمنظمة} reads as skip 2, {@code المنظمة}: the span starts after {@code لل}
     * while the name keeps its article.
     */
    static Reading[] readings(String w) {
        if (w.length() < 3 || CLITIC_LETTERS.indexOf(w.charAt(0)) < 0) {
            return NONE; // most words: no allocation
        }
        Remembered r = REMEMBERED_READINGS.get();
        int h = w.hashCode();
        int slot = (h ^ (h >>> 16)) & (REMEMBERED - 1);
        if (w.equals(r.words[slot])) {
            return r.readings[slot];
        }
        Reading[] out = read(w);
        r.words[slot] = w;
        r.readings[slot] = out;
        return out;
    }

    /**
     * The word, or else the first of its clitic readings, without the article, when it is one of
     * {@code words}; null when none is: {@code والفيلم} → فيلم for a set of kinds of works.
     */
    static String bareIn(String w, java.util.Set<String> words) {
        String bare = NameKey.withoutArticle(w);
        if (words.contains(bare)) {
            return bare;
        }
        for (Reading r : readings(w)) {
            String b = NameKey.withoutArticle(r.word());
            if (words.contains(b)) {
                return b;
            }
        }
        return null;
    }

    /**
     * Whether reading {@code r} of {@code first} puts a clitic before the article of a word of three letters
     * or more ({@code وبالعراق}, {@code للمنظمة}): evidence enough to take the clitic off. Not before a shorter
     * rest: {@code وكالة} is no و ك + {@code الة}, {@code والتر} no و + {@code التر}, {@code والدا} no و + {@code الدا}.
     */
    static boolean beforeArticle(Reading r, String first) {
        return r.word().startsWith("ال") && r.word().length() >= 5 && !first.startsWith("ال");
    }

    /** Callers only iterate over the arrays, so one array may be handed out many times. */
    private static final class Remembered {
        final String[] words = new String[REMEMBERED];
        final Reading[][] readings = new Reading[REMEMBERED][];
    }

    private static Reading[] read(String w) {
        java.util.List<Reading> out = new java.util.ArrayList<>(3);
        for (String p : BEFORE_ARTICLE) {
            if (w.startsWith(p) && w.length() - p.length() >= 2) {
                out.add(new Reading(p.length() - 2, w.substring(p.length() - 2)));
                break;
            }
        }
        for (String p : BEFORE_LAM_ARTICLE) {
            if (w.startsWith(p) && w.length() - p.length() >= 2) {
                out.add(new Reading(p.length(), "ال" + w.substring(p.length())));
                break;
            }
        }
        for (String p : PLAIN) {
            if (w.startsWith(p) && w.length() - p.length() >= 2) {
                out.add(new Reading(p.length(), w.substring(p.length())));
            }
        }
        return out.toArray(new Reading[0]);
    }

    /** The offset in {@code s} after {@code letters} letters from {@code start}, with their diacritics. */
    static int offsetAfterLetters(CharSequence s, int start, int end, int letters) {
        int i = start;
        int seen = 0;
        while (i < end && seen < letters) {
            if (!ArabicNormalizer.isDropped(s.charAt(i))) {
                seen++;
            }
            i++;
        }
        while (i < end && ArabicNormalizer.isDropped(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
