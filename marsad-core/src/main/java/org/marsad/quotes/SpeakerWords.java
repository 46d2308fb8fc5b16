package org.marsad.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.WordTable;

/**
 * The word lists of {@code speaker-words.txt} (titles, organization heads, unnamed-source heads,
 * media, time words, name-introducing nouns, countries, particles, headline labels), normalized.
 * Immutable and thread-safe.
 */
public final class SpeakerWords {
    public enum List {
        ACCORDING, TITLE, ORG, ANONYMOUS, MEDIUM, PLATFORM, TIME, NAMEINTRO, COUNTRY, PARTICLE, LABEL, SCENE, TOPIC
    }

    private static final String[] ARTICLE_PREFIXES = {"وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال"};

    /** Bit mask of the lists each word is on, as written. */
    private final WordTable exact;
    /**
     * Bit mask of the lists each word is on as written or without its article: the words themselves
     * and every article-prefixed form of them, so that {@link #has} is one hashed probe of the token's
     * cached normalized string instead of a prefix loop and a substring per call.
     */
    private final WordTable withArticle;
    /** Admits every key of {@link #withArticle} (and so of {@link #exact}). */
    private final org.marsad.text.HashPrefilter maybeKnown;

    private SpeakerWords(Map<List, Set<String>> lists) {
        Map<String, Integer> exact = new HashMap<>();
        lists.forEach((l, ws) -> {
            for (String w : ws) {
                exact.merge(w, 1 << l.ordinal(), (a, b) -> a | b);
            }
        });
        Map<String, Integer> withArticle = new HashMap<>(exact);
        for (String w : exact.keySet()) {
            if (w.length() < 3) {
                continue;
            }
            for (String p : ARTICLE_PREFIXES) {
                String form = p + w;
                // only where stripping the article gives back this word (the first prefix that fits wins)
                if (withoutArticle(form).equals(w)) {
                    withArticle.merge(form, exact.get(w), (a, b) -> a | b);
                }
            }
        }
        this.exact = WordTable.of(exact);
        this.withArticle = WordTable.of(withArticle);
        this.maybeKnown = org.marsad.text.HashPrefilter.ofWords(withArticle.keySet());
    }

    public static SpeakerWords standard() {
        return Holder.STANDARD;
    }

    public static SpeakerWords read(InputStream in) throws IOException {
        Map<List, Set<String>> lists = new HashMap<>();
        for (List l : List.values()) {
            lists.put(l, new HashSet<>());
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        List current = null;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                try {
                    current = List.valueOf(line.substring(1, line.length() - 1).toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IOException("speaker-words.txt line " + lineNo + ": unknown section " + line);
                }
                continue;
            }
            if (current == null) {
                throw new IOException("speaker-words.txt line " + lineNo + ": word before any section");
            }
            lists.get(current).add(ArabicNormalizer.normalize(line));
        }
        Map<List, Set<String>> frozen = new HashMap<>();
        lists.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new SpeakerWords(Map.copyOf(frozen));
    }

    /** Whether the normalized word is on the list as written. */
    public boolean is(List list, String norm) {
        if (!maybeKnown.mayContainWord(norm)) {
            return false;
        }
        return (exact.get(norm, 0) & (1 << list.ordinal())) != 0;
    }

    /** Whether the normalized word is on the list as written or without its definite article (and و/ل/ب). */
    public boolean has(List list, String norm) {
        if (!maybeKnown.mayContainWord(norm)) {
            return false;
        }
        return (withArticle.get(norm, 0) & (1 << list.ordinal())) != 0;
    }

    /** Whether the normalized word is on any list, as written or without its article. */
    public boolean known(String norm) {
        return maybeKnown.mayContainWord(norm) && withArticle.contains(norm);
    }

    /** Strips و/ف, ب/ل/ك and the definite article from a normalized word: وبالوزارة → وزارة. */
    public static String withoutArticle(String n) {
        if (n.length() < 5 || "وبفكلا".indexOf(n.charAt(0)) < 0) {
            return n; // every prefix has two letters or more and starts with one of these; three must be left
        }
        for (String p : ARTICLE_PREFIXES) {
            if (n.startsWith(p) && n.length() - p.length() >= 3) {
                return n.substring(p.length());
            }
        }
        return n;
    }

    /** Whether the normalized word carries the definite article (الـ, بالـ, للـ …). */
    public static boolean definite(String n) {
        return n.length() > 3 && (n.startsWith("ال") || n.startsWith("وال") || n.startsWith("بال")
                || n.startsWith("لل") || n.startsWith("فال") || n.startsWith("كال") || n.startsWith("وبال"));
    }

    private static final class Holder {
        static final SpeakerWords STANDARD = load();

        private static SpeakerWords load() {
            try (InputStream in = SpeakerWords.class.getResourceAsStream("speaker-words.txt")) {
                if (in == null) {
                    throw new IllegalStateException("speaker-words.txt missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
