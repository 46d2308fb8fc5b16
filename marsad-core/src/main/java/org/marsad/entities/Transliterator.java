package org.marsad.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Chars;
import org.marsad.translit.ForeignWordSpeller;
import org.marsad.translit.RememberedSpellings;
import org.marsad.translit.WordTransliterator;

/**
 * Arabic names in Latin letters as English-language news spells them ({@code بوليانسكي → Polyanskiy},
 * {@code عبد الفتاح الشريف → Abdel Fattah al-Sharif}), not a scholarly transliteration. Frequent name
 * words come from a table ({@code latin-words.tsv}); the rest follow letter rules: long vowels, و and ي
 * as vowels or consonants by position, endings of foreign names ({@code ـسكي → -skiy}, {@code ـوف → -ov}),
 * the article ال as {@code al-}, and an {@code a} between the consonants of a word written without
 * vowel letters. Immutable and thread-safe.
 */
public final class Transliterator {
    public static final String RESOURCE = "/org/marsad/entities/latin-words.tsv";

    /** Endings of foreign names, longest first: normalized Arabic, Latin. */
    private static final String[][] ENDINGS = {
        {"وفيتش", "ovich"}, {"يفيتش", "evich"}, {"وفسكي", "ovskiy"}, {"يفسكي", "evskiy"}, {"شفيلي", "shvili"},
        {"سكايا", "skaya"}, {"ينكو", "enko"}, {"سكي", "skiy"}, {"يتش", "ich"}, {"وفا", "ova"}, {"يفا", "eva"},
        {"ستان", "stan"}, {"غراد", "grad"}, {"وف", "ov"}, {"يف", "ev"}, {"يان", "yan"},
    };

    /**
     * Spellings of frequent words of organizations' names ({@code حزب → Hizb}), used like the name words
     * but never taken for first names ({@link #knows} does not see them).
     */
    public static final String ORGANIZATION_WORDS = "/org/marsad/entities/latin-org-words.tsv";

    private final Map<String, String> words;
    private final Map<String, String> orgWords;
    /** Spells the words the table does not know (learned from name pairs); null: letter rules only. */
    private final WordTransliterator learned;
    /**
     * Whole names spelled before, per thread: an article's entities are mostly names seen in earlier
     * articles, and spelling one builds several strings per word. A memory of a pure function.
     */
    private final WordTransliterator spelledNames = new RememberedSpellings(this::spell, 16384);

    private Transliterator(Map<String, String> words, Map<String, String> orgWords, WordTransliterator learned) {
        this.words = words;
        this.orgWords = orgWords;
        this.learned = learned;
    }

    public static Transliterator standard() {
        return Standard.INSTANCE;
    }

    /** The table and the letter rules without the learned model (to compare with it). */
    public static Transliterator rulesOnly() {
        return new Transliterator(Standard.INSTANCE.words, Standard.INSTANCE.orgWords, null);
    }

    /** The table first, then {@code model} for other words. */
    public static Transliterator withModel(WordTransliterator model) {
        return new Transliterator(Standard.INSTANCE.words, Standard.INSTANCE.orgWords, model);
    }

    private static final class Standard {
        static final Transliterator INSTANCE = new Transliterator(load(RESOURCE), load(ORGANIZATION_WORDS),
                ForeignWordSpeller.standard());
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Transliterator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new CatalogFormatException(resource, n, "expected: Arabic word <TAB> Latin spelling");
                }
                m.putIfAbsent(ArabicNormalizer.normalize(f[0].strip()), f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(m); // a hash map: Map.copyOf's lookups divide
    }

    private String spelling(String normalizedWord) {
        String w = words.get(normalizedWord);
        return w != null ? w : orgWords.get(normalizedWord);
    }

    /** Whether the table has a spelling for this normalized word (a frequent first name or particle). */
    public boolean knows(String normalizedWord) {
        return words.containsKey(normalizedWord);
    }

    /** The name in Latin letters; words already in Latin script are kept. */
    public String toLatin(CharSequence name) {
        return spelledNames.toLatin(name);
    }

    private String spell(CharSequence name) {
        StringBuilder out = new StringBuilder();
        String s = letterNames(name.toString());
        int i = 0;
        int n = s.length();
        boolean first = true;
        boolean afterAbd = false;
        while (i < n) {
            char c = s.charAt(i);
            if (Chars.isArabicLetter(c) || Chars.isArabicWordMark(c)) {
                int j = i;
                while (j < n && (Chars.isArabicLetter(s.charAt(j)) || Chars.isArabicWordMark(s.charAt(j)))) {
                    j++;
                }
                String raw = s.substring(i, j);
                String w = fold(raw);
                char r0 = raw.charAt(0);
                boolean hamzaAlef = r0 == 'أ' || r0 == 'إ' || r0 == 'آ';
                if (hamzaAlef && w.startsWith("ال") && !words.containsKey(normalized(w))) {
                    // the article is written without hamza: أليكسيس is Alexis, not al-
                    out.append(capitalize(letters(w)));
                } else if (afterAbd && w.startsWith("ال") && w.length() > 3) {
                    String rest = spelling(normalized(w.substring(2)));
                    out.append(rest != null ? rest : capitalize(arabicLetters(w.substring(2))));
                } else {
                    out.append(word(w, first));
                }
                afterAbd = w.equals("عبد") || w.equals("ابو") || w.equals("أبو");
                first = false;
                i = j;
            } else {
                if (Chars.isLatinLetter(c) || Chars.isDigit(c)) {
                    first = false;
                }
                out.append(Chars.isSpace(c) ? ' ' : c);
                i++;
            }
        }
        return withSingleSpaces(out).strip();
    }

    /** Runs of spaces as one space (as {@code replaceAll(" {2,}", " ")}, without compiling a pattern per name). */
    private static String withSingleSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' || out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern FM =
            java.util.regex.Pattern.compile("(?<!\\p{IsArabic})[اأإآ]ف\\s+[اأإآ]م(?!\\p{IsArabic})");
    private static final java.util.regex.Pattern TV =
            java.util.regex.Pattern.compile("(?<!\\p{IsArabic})تي\\s+في(?!\\p{IsArabic})");

    /** Letter names of broadcasters' abbreviations: {@code أف أم} is FM, {@code تي في} TV. */
    private static String letterNames(String s) {
        if (s.indexOf('ف') < 0) {
            return s;
        }
        return TV.matcher(FM.matcher(s).replaceAll("FM")).replaceAll("TV");
    }

    /** Diacritics and tatweel off, hamza forms folded; ة and ى kept, as they tell the vowel. */
    static String fold(String s) {
        return org.marsad.translit.ArabicWord.fold(s);
    }

    /** {@link #fold(String)} of token {@code k}, without cutting the token out first. */
    static String fold(org.marsad.text.TokenSequence ts, int k) {
        return org.marsad.translit.ArabicWord.fold(ts.source(), ts.start(k), ts.end(k));
    }

    private static String normalized(String folded) {
        return folded.replace('ة', 'ه').replace('ى', 'ي');
    }

    /** One folded Arabic word. */
    String word(String w, boolean nameStart) {
        if (w.isEmpty()) {
            return "";
        }
        String known = spelling(normalized(w));
        if (known != null) {
            return known;
        }
        if (w.startsWith("لل") && w.length() > 4) {
            // ل before the article: للرصد is lil-Rasd, not Lalarasad
            String rest = spelling(normalized(w.substring(2)));
            return (nameStart ? "Lil-" : "lil-") + (rest != null ? rest : capitalize(arabicLetters(w.substring(2))));
        }
        if (w.startsWith("ال") && w.length() > 3) {
            String rest = spelling(normalized(w.substring(2)));
            String body = rest != null ? rest : capitalize(arabicLetters(w.substring(2)));
            return (nameStart ? "Al-" : "al-") + body;
        }
        if (w.startsWith("عبدال") && w.length() > 5) {
            return "Abdel " + capitalize(letters(w.substring(5)));
        }
        return capitalize(letters(w));
    }

    /** A word of Arabic make (it took the article): no foreign endings. */
    private static String arabicLetters(String w) {
        return core(w, false, true);
    }

    private String letters(String w) {
        String spelled = learned == null ? null : learned.toLatin(w);
        if (spelled != null) {
            return spelled;
        }
        for (String[] e : ENDINGS) {
            if (w.endsWith(e[0]) && w.length() > e[0].length() + 1) {
                String stem = w.substring(0, w.length() - e[0].length());
                return core(stem, true) + e[1];
            }
        }
        return core(w, false);
    }

    /** Letter rules over a folded word; {@code beforeEnding} when a Latin ending follows. */
    private static String core(String w, boolean beforeEnding) {
        return core(w, beforeEnding, false);
    }

    private static String core(String w, boolean beforeEnding, boolean arabic) {
        int n = w.length();
        boolean hasVowelLetter = false;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (c == 'ا' || c == 'و' || c == 'ي' || c == 'ة' || c == 'ى') {
                hasVowelLetter = true;
            }
        }
        StringBuilder out = new StringBuilder(n + 4);
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            boolean last = i == n - 1 && !beforeEnding;
            boolean afterVowel = out.length() > 0 && "aeiou".indexOf(out.charAt(out.length() - 1)) >= 0;
            String t;
            switch (c) {
                case 'ا' -> t = afterVowel && out.charAt(out.length() - 1) == 'a' ? "" : "a";
                case 'و' -> {
                    if (i == 0) {
                        t = "w";
                    } else if (afterVowel) {
                        t = "w";
                    } else if (next == 'ا') {
                        t = "aw";
                    } else if (next == 'ي' && i + 2 < n) {
                        t = "w";
                    } else {
                        t = "o";
                    }
                }
                case 'ي' -> {
                    if (i == 0 || afterVowel && !last) {
                        t = "y";
                    } else if (afterVowel) {
                        t = "i";
                    } else if (next == 'ا' || next == 'و') {
                        t = "y";
                    } else if (next == 'ة') {
                        t = "iy";
                    } else if (next == 'ي') {
                        t = "i";
                    } else {
                        t = "i";
                    }
                }
                case 'ه' -> t = "h";
                case 'ة', 'ى' -> t = "a";
                case 'ب' -> t = "b";
                case 'ت' -> t = next == 'ش' ? "" : "t";
                case 'ث' -> t = "th";
                case 'ج' -> t = "j";
                case 'ح' -> t = "h";
                case 'خ' -> t = "kh";
                case 'د' -> t = "d";
                case 'ذ' -> t = "dh";
                case 'ر' -> t = "r";
                case 'ز' -> t = "z";
                case 'س' -> t = "s";
                case 'ش' -> t = i > 0 && w.charAt(i - 1) == 'ت' ? "ch" : "sh";
                case 'ص' -> t = "s";
                case 'ض' -> t = "d";
                case 'ط' -> t = "t";
                case 'ظ' -> t = "z";
                case 'ع' -> t = isVowelLetter(next) || afterVowel || last ? "" : "a";
                case 'غ' -> t = !arabic || i > 0 && w.charAt(i - 1) == 'ن' && (last || !isVowelLetter(next)) ? "g" : "gh";
                case 'ف' -> t = "f";
                case 'ڤ' -> t = "v";
                case 'پ' -> t = "p";
                case 'چ' -> t = "ch";
                case 'گ' -> t = "g";
                case 'ق' -> t = "q";
                case 'ك' -> t = "k";
                case 'ل' -> t = "l";
                case 'م' -> t = "m";
                case 'ن' -> t = "n";
                case 'ء' -> t = "";
                default -> t = Character.isLetterOrDigit(c) ? String.valueOf(c) : "";
            }
            boolean consonantOut = out.length() > 0 && "aeiou".indexOf(out.charAt(out.length() - 1)) < 0;
            if (!t.isEmpty() && consonantOut && "aeiouy".indexOf(t.charAt(0)) < 0
                    && (!hasVowelLetter || i == 1 && (arabic && !isVowelLetter(w.charAt(0)) || clusterNeedsVowel(w.charAt(0), c)))) {
                out.append('a');
            }
            if (last && hasVowelLetter && !arabic && n >= 4 && "نرلم".indexOf(c) >= 0 && consonantOut
                    && !isVowelLetter(w.charAt(i - 1)) && w.charAt(i - 1) != c && "aeiouy".indexOf(out.charAt(out.length() - 1)) < 0) {
                out.append('i');
            }
            out.append(t);
        }
        return out.toString();
    }

    /**
     * Whether a word-initial consonant pair is un-English and takes a vowel ({@code رحمانوف → Rahmanov}),
     * unlike the clusters of foreign names ({@code ستانتون → Stanton}, {@code ترامب → Trump}).
     */
    private static boolean clusterNeedsVowel(char first, char second) {
        if (isVowelLetter(first) || first == 'ت' && (second == 'ش' || second == 'س')) {
            return false;
        }
        if ("حعخقصضطظ".indexOf(first) >= 0 || "حعخقصضطظ".indexOf(second) >= 0) {
            return true;
        }
        return first != 'س' && first != 'ش' && second != 'ر' && second != 'ل' && second != 'و' && second != 'ي';
    }

    private static boolean isVowelLetter(char c) {
        return c == 'ا' || c == 'و' || c == 'ي';
    }

    private static boolean isConsonantOut(StringBuilder out) {
        if (out.length() == 0) {
            return false;
        }
        char c = out.charAt(out.length() - 1);
        return "aeiou".indexOf(c) < 0;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
