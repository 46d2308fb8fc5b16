package org.marsad.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * English names for institutions the catalog does not know, from the words of their Arabic name:
 * {@code وزارة الداخلية} → Ministry of Interior, {@code وزارة الدفاع الوطني} → Ministry of National Defence,
 * {@code البنك المركزي التونسي} → Tunisian Central Bank. A name is translated only when it is an
 * institution word, its adjectives, and at most one complement (nouns joined by و, each with adjectives;
 * the first may carry ل: {@code الاتحاد التونسي للصناعة} → Tunisian Union of Industry)
 * whose every word the table knows; anything else is left to the {@link Transliterator}. Immutable.
 */
final class InstitutionNames {
    static final String RESOURCE = "/org/marsad/entities/institution-words.tsv";

    private final Map<String, String> heads;
    private final Map<String, String> nouns;
    private final Map<String, String> adjectives;
    private final Map<String, String> nations;

    private InstitutionNames(Map<String, String> heads, Map<String, String> nouns, Map<String, String> adjectives,
                             Map<String, String> nations) {
        this.heads = heads;
        this.nouns = nouns;
        this.adjectives = adjectives;
        this.nations = nations;
    }

    static InstitutionNames standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final InstitutionNames INSTANCE = load();
    }

    private static InstitutionNames load() {
        Map<String, String> h = new HashMap<>();
        Map<String, String> n = new HashMap<>();
        Map<String, String> a = new HashMap<>();
        Map<String, String> c = new HashMap<>();
        try (InputStream in = InstitutionNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int line = 0;
            for (String s; (s = r.readLine()) != null; ) {
                line++;
                if (s.isBlank() || s.startsWith("#") || s.startsWith("@")) {
                    continue;
                }
                String[] f = s.split("\t");
                if (f.length != 3) {
                    throw new CatalogFormatException(RESOURCE, line, "expected: kind <TAB> Arabic word <TAB> English");
                }
                String key = ArabicNormalizer.normalize(f[1].strip());
                switch (f[0].strip()) {
                    case "head" -> h.put(headKey(key), f[2].strip());
                    case "noun" -> n.put(key, f[2].strip());
                    case "adj" -> a.put(adjectiveKey(key), f[2].strip());
                    case "nation" -> c.put(adjectiveKey(key), f[2].strip());
                    default -> throw new CatalogFormatException(RESOURCE, line, "unknown kind '" + f[0] + "' (head, noun, adj or nation)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // hash maps: Map.copyOf's lookups find the slot with a division
        return new InstitutionNames(Collections.unmodifiableMap(h), Collections.unmodifiableMap(n),
                Collections.unmodifiableMap(a), Collections.unmodifiableMap(c));
    }

    /** A head's first word without its article, the second as written: القوات الجوية → قوات الجويه. */
    private static String headKey(String normalized) {
        int sp = normalized.indexOf(' ');
        return sp < 0 ? normalized : NameKey.withoutArticle(normalized.substring(0, sp)) + normalized.substring(sp);
    }

    /** Both genders of an adjective meet: الوطنية and الوطني. */
    private static String adjectiveKey(String w) {
        return w.endsWith("يه") ? w.substring(0, w.length() - 1) : w;
    }

    /** The English name, or null when a word of the name is not in the table or the shape is not known. */
    String english(List<String> normalizedWords) {
        if (normalizedWords.size() < 2) {
            return null;
        }
        // a head of two words names one thing: سلاح الجو → Air Force
        String head = heads.get(NameKey.withoutArticle(normalizedWords.get(0)) + " " + normalizedWords.get(1));
        if (head != null) {
            normalizedWords = normalizedWords.subList(1, normalizedWords.size());
        } else {
            head = heads.get(NameKey.withoutArticle(normalizedWords.get(0)));
        }
        if (head == null) {
            return null;
        }
        int end = normalizedWords.size();
        String nation = null;
        if (end > 2) {
            nation = nations.get(adjectiveKey(NameKey.withoutArticle(normalizedWords.get(end - 1))));
            if (nation != null) {
                normalizedWords = normalizedWords.subList(0, end - 1);
            }
        }
        int i = 1;
        List<String> headAdjs = new ArrayList<>();
        String adj;
        while (i < normalizedWords.size() && (adj = adjective(normalizedWords.get(i))) != null) {
            headAdjs.add(adj);
            i++;
        }
        List<String> parts = new ArrayList<>();
        boolean firstPart = true;
        while (i < normalizedWords.size()) {
            String w = normalizedWords.get(i);
            if (firstPart && w.startsWith("لل") && w.length() > 4) {
                w = "ال" + w.substring(2); // الاتحاد التونسي للصناعة: the complement after ل
            } else if (!firstPart) {
                if (!w.startsWith("و") || w.length() < 3) {
                    return null;
                }
                w = w.substring(1);
            }
            String noun = nouns.get(NameKey.withoutArticle(w));
            if (noun == null) {
                return null;
            }
            i++;
            List<String> adjs = new ArrayList<>();
            while (i < normalizedWords.size() && (adj = adjective(normalizedWords.get(i))) != null) {
                adjs.add(adj);
                i++;
            }
            Collections.reverse(adjs);
            adjs.add(noun);
            parts.add(String.join(" ", adjs));
            firstPart = false;
        }
        Collections.reverse(headAdjs);
        headAdjs.add(head);
        String name = String.join(" ", headAdjs);
        name = parts.isEmpty() ? name : name + " of " + String.join(" and ", parts);
        return nation == null ? name : nation + " " + name;
    }

    private String adjective(String w) {
        String k = adjectiveKey(NameKey.withoutArticle(w));
        String a = adjectives.get(k);
        return a != null ? a : nations.get(k);
    }
}
