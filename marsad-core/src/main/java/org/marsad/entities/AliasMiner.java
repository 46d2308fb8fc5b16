package org.marsad.entities;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.TextSpan;

/**
 * Learns aliases from a corpus, for the names the curated catalog does not know. Within an article the
 * linker already ties {@code بوليانسكي} to {@code ديمتري بوليانسكي}; across articles an article that
 * only says {@code بوليانسكي} would get a key of its own. The miner counts, over the corpus, which full
 * name each surname was tied to, and keeps a surname when one full name takes most of its articles;
 * full names that differ by one long vowel ({@code دونالد ترامب}, {@code دونالد ترمب}) go to the more
 * frequent spelling. The result is a catalog file of link-only names whose keys are the keys the linker
 * gives the full names, so a bare surname gets the key of its person. Feed articles in one thread.
 */
public final class AliasMiner {
    private final AliasCatalog curated;
    /** surname → full-name key → articles. */
    private final Map<String, Map<String, Integer>> surnames = new HashMap<>();
    /** full-name key → articles, spelling seen, Latin. */
    private final Map<String, Full> fulls = new HashMap<>();
    private long articles;

    private static final class Full {
        final String key;
        final String name;
        final String latin;
        int articles;

        Full(String key, String name, String latin) {
            this.key = key;
            this.name = name;
            this.latin = latin;
        }
    }

    /** A learned line: a key, its names, the evidence. */
    public record Alias(String key, String latin, String fullName, List<String> names, int support) {
    }

    public AliasMiner(AliasCatalog curated) {
        this.curated = curated;
    }

    /** Adds one article's entities, as linked with the curated catalog only. */
    public void add(List<Entity> entities) {
        articles++;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERS || curated.byKey(e.key()) != null) {
                continue;
            }
            List<String> words = NameKey.words(e.name());
            if (words.size() < 2) {
                continue;
            }
            fulls.computeIfAbsent(e.key(), k -> new Full(k, e.name(), e.latin())).articles++;
            String last = words.get(words.size() - 1);
            boolean surnameSeen = false;
            for (TextSpan m : e.mentions()) {
                if (NameKey.of(m.text()).equals(last)) {
                    surnameSeen = true;
                }
            }
            if (surnameSeen && last.length() >= 3 && curated.find(last) == null) {
                surnames.computeIfAbsent(last, k -> new HashMap<>()).merge(e.key(), 1, Integer::sum);
            }
        }
    }

    public long articles() {
        return articles;
    }

    /**
     * The aliases with enough support: a surname tied to one full name in at least {@code minArticles}
     * articles and at least {@code share} of the articles where it was tied to any.
     */
    public List<Alias> aliases(int minArticles, double share) {
        Map<String, List<String>> namesByKey = new TreeMap<>();
        Map<String, Integer> support = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> s : surnames.entrySet()) {
            int total = 0;
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> f : s.getValue().entrySet()) {
                total += f.getValue();
                if (f.getValue() > bestCount || f.getValue() == bestCount && best != null && f.getKey().compareTo(best) < 0) {
                    best = f.getKey();
                    bestCount = f.getValue();
                }
            }
            if (bestCount >= minArticles && bestCount >= share * total) {
                namesByKey.computeIfAbsent(best, k -> new ArrayList<>()).add(s.getKey());
                support.merge(best, bestCount, Integer::sum);
            }
        }
        // spellings of one full name a long vowel apart join the more frequent one
        List<Full> frequent = new ArrayList<>();
        for (Full f : fulls.values()) {
            if (f.articles >= minArticles) {
                frequent.add(f);
            }
        }
        frequent.sort(Comparator.comparingInt((Full f) -> -f.articles).thenComparing(f -> f.key));
        Map<String, List<Full>> bySkeleton = new HashMap<>();
        for (Full f : frequent) {
            bySkeleton.computeIfAbsent(LatinSearch.skeleton(f.name), k -> new ArrayList<>()).add(f);
        }
        for (List<Full> same : bySkeleton.values()) {
            Full main = same.get(0);
            for (Full other : same.subList(1, same.size())) {
                if (variant(NameKey.words(main.name), NameKey.words(other.name))) {
                    namesByKey.computeIfAbsent(main.key, k -> new ArrayList<>()).add(other.name);
                    support.merge(main.key, other.articles, Integer::sum);
                }
            }
        }
        List<Alias> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : namesByKey.entrySet()) {
            Full f = fulls.get(e.getKey());
            List<String> names = new ArrayList<>(e.getValue());
            names.sort(null);
            out.add(new Alias(e.getKey(), f.latin, f.name, names, support.getOrDefault(e.getKey(), 0)));
        }
        return out;
    }

    /** Same number of words, each equal or one long vowel apart, at least one equal. */
    private static boolean variant(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        int equal = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals(b.get(i))) {
                equal++;
            } else if (!ArticleEntityLinker.oneVowelApart(a.get(i), b.get(i)) && !oneVowelApartShort(a.get(i), b.get(i))) {
                return false;
            }
        }
        return equal > 0 && equal < a.size();
    }

    private static boolean oneVowelApartShort(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (longer.length() != shorter.length() + 1 || shorter.length() < 3) {
            return false;
        }
        for (int i = 1; i < longer.length(); i++) {
            char c = longer.charAt(i);
            if ((c == 'ا' || c == 'و' || c == 'ي') && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /** Writes the aliases in the catalog format, as link-only names. */
    public static void write(List<Alias> aliases, String version, String provenance, Writer out) throws IOException {
        out.write("# Aliases learned from a corpus by `marsad train aliases` (" + provenance + ").\n");
        out.write("# Catalog format (docs/entities.md); every name only links what the tagger found.\n");
        out.write("# columns: key, type, latin, names (full name first), attributes.\n");
        out.write("@version\t" + version + "\n");
        for (Alias a : aliases) {
            out.write(a.key() + "\tPERS\t" + a.latin() + "\t" + a.fullName() + "|" + String.join("|", a.names())
                    + "\tmatch=link\n");
        }
    }
}
