package org.marsad.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.TextSpan;

/**
 * The entities of a corpus: article entities added up by their stable key, with the number of
 * articles and mentions, the spellings seen and the titles given. Not thread-safe; feed it the
 * analyses in one thread.
 */
public final class CorpusEntities {
    private final Map<String, Tally> byKey = new HashMap<>();
    private long articles;

    /** One corpus entity. */
    public record Summary(String key, EntityType type, String name, String latin, int articles, int mentions,
                          List<Count> variants, List<Count> titles) {
    }

    public record Count(String text, int count) {
    }

    private static final class Tally {
        final String key;
        EntityType type;
        String latin;
        int articles;
        int mentions;
        final Map<String, Integer> names = new LinkedHashMap<>();
        final Map<String, Integer> variants = new LinkedHashMap<>();
        final Map<String, Integer> titles = new LinkedHashMap<>();

        Tally(String key) {
            this.key = key;
        }
    }

    public void add(List<Entity> entities) {
        articles++;
        for (Entity e : entities) {
            Tally t = byKey.computeIfAbsent(e.key(), Tally::new);
            t.type = e.type();
            if (t.latin == null || !e.key().contains(":") || e.latin() != null && t.latin.length() < e.latin().length()) {
                t.latin = e.latin();
            }
            t.articles++;
            t.mentions += e.mentions().size();
            t.names.merge(e.name(), 1, Integer::sum);
            for (TextSpan m : e.mentions()) {
                t.variants.merge(m.text(), 1, Integer::sum);
            }
            for (String title : e.titles()) {
                t.titles.merge(title, 1, Integer::sum);
            }
        }
    }

    public long articles() {
        return articles;
    }

    /** Entities seen in at least {@code minArticles} articles, most widespread first. */
    public List<Summary> summaries(int minArticles) {
        List<Summary> out = new ArrayList<>();
        for (Tally t : byKey.values()) {
            if (t.articles < minArticles) {
                continue;
            }
            String name = top(t.names).get(0).text();
            out.add(new Summary(t.key, t.type, name, t.latin, t.articles, t.mentions, top(t.variants), top(t.titles)));
        }
        out.sort(Comparator.comparingInt(Summary::articles).reversed().thenComparing(Comparator.comparingInt(Summary::mentions).reversed())
                .thenComparing(Summary::key));
        return out;
    }

    private static List<Count> top(Map<String, Integer> m) {
        List<Count> l = new ArrayList<>();
        m.forEach((k, v) -> l.add(new Count(k, v)));
        l.sort(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::text));
        return l;
    }
}
