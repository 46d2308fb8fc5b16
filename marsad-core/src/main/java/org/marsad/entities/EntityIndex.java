package org.marsad.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;
import org.marsad.text.Chars;

/**
 * Looks up the entity of a place in the text or of a name string, for later steps such as speaker
 * attribution: {@link #at} the span of a subject, {@link #byName} a string like {@code وبيسكوف} or
 * {@code ممثل الكرملين}, {@link #lastBefore} the nearest entity before a subject-less cue. Roles used as
 * names count: every place an entity's title occurs in the article is a {@link Reference} to it.
 * Immutable; build one per article.
 */
public final class EntityIndex {
    /** A place in the article that refers to an entity: a mention, or a title used as a name. */
    public record Reference(TextSpan span, Entity entity, boolean role) {
    }

    private final List<Entity> entities;
    private final List<Reference> references;
    private final Map<String, Entity> byKey = new HashMap<>();

    public EntityIndex(Article article, List<Entity> entities) {
        this.entities = List.copyOf(entities);
        List<Reference> refs = new ArrayList<>();
        for (Entity e : entities) {
            for (TextSpan m : e.mentions()) {
                refs.add(new Reference(m, e, false));
            }
        }
        for (Entity e : entities) {
            for (String t : e.titles()) {
                for (Field f : Field.values()) {
                    String src = article.field(f);
                    for (int at = src.indexOf(t); at >= 0; at = src.indexOf(t, at + 1)) {
                        TextSpan s = new TextSpan(f, at, at + t.length(), t);
                        if (refs.stream().noneMatch(r -> r.span().overlaps(s) && (r.role() || r.entity().type() == EntityType.PERS))) {
                            refs.add(new Reference(s, e, true));
                        }
                    }
                }
            }
        }
        refs.sort(Comparator.comparing((Reference r) -> r.span().field()).thenComparingInt(r -> r.span().start()));
        this.references = List.copyOf(refs);
        // names first, then mentions, then titles: a string that names one entity and is another's title
        // goes to the one it names
        for (Entity e : entities) {
            byKey.putIfAbsent(NameKey.of(e.name()), e);
        }
        for (Entity e : entities) {
            for (TextSpan m : e.mentions()) {
                byKey.putIfAbsent(NameKey.of(m.text()), e);
            }
        }
        for (Entity e : entities) {
            for (String t : e.titles()) {
                byKey.putIfAbsent(NameKey.of(t), e);
            }
        }
    }

    public List<Entity> entities() {
        return entities;
    }

    /** Mentions and roles in text order (title field first). */
    public List<Reference> references() {
        return references;
    }

    public Optional<Entity> byId(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The entity referred to at a span: the reference overlapping it most (a mention before a role), or
     * empty when nothing there refers to an entity.
     */
    public Optional<Entity> at(TextSpan span) {
        Reference best = null;
        int bestOverlap = 0;
        for (Reference r : references) {
            if (!r.span().overlaps(span)) {
                continue;
            }
            int overlap = Math.min(r.span().end(), span.end()) - Math.max(r.span().start(), span.start());
            if (best == null || overlap > bestOverlap || overlap == bestOverlap && best.role() && !r.role()) {
                best = r;
                bestOverlap = overlap;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.entity());
    }

    /**
     * The entity a name string denotes: its name, a mention or a title, matched after normalization
     * (hamza, ta marbuta, alef maqsura, diacritics) and with a joined clitic allowed ({@code وبيسكوف},
     * {@code لروسيا}).
     */
    public Optional<Entity> byName(CharSequence name) {
        String k = NameKey.of(name);
        Entity e = byKey.get(k);
        if (e != null) {
            return Optional.of(e);
        }
        if (k.isEmpty() || !Chars.isArabicLetter(k.charAt(0))) {
            return Optional.empty();
        }
        int sp = k.indexOf(' ');
        String first = sp < 0 ? k : k.substring(0, sp);
        String rest = sp < 0 ? "" : k.substring(sp);
        for (Clitics.Reading r : Clitics.readings(first)) {
            e = byKey.get(r.word() + rest);
            if (e != null) {
                return Optional.of(e);
            }
        }
        if (sp < 0) {
            return bySurname(k).or(() -> {
                for (Clitics.Reading r : Clitics.readings(first)) {
                    Optional<Entity> s = bySurname(r.word());
                    if (s.isPresent()) {
                        return s;
                    }
                }
                return Optional.empty();
            });
        }
        return Optional.empty();
    }

    /** The one person whose name ends (else begins) with this word. */
    private Optional<Entity> bySurname(String word) {
        for (boolean last : new boolean[] {true, false}) {
            Entity found = null;
            int count = 0;
            for (Entity e : entities) {
                if (e.type() != EntityType.PERS) {
                    continue;
                }
                List<String> ws = NameKey.words(e.name());
                if (ws.size() > 1 && ws.get(last ? ws.size() - 1 : 0).equals(word)) {
                    found = e;
                    count++;
                }
            }
            if (count == 1) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** The entity of the given type (any type when null) referred to last before {@code offset} in a field. */
    public Optional<Entity> lastBefore(Field field, int offset, EntityType type) {
        Entity last = null;
        for (Reference r : references) {
            if (r.span().field() != field || r.span().end() > offset) {
                continue;
            }
            if (type == null || r.entity().type() == type) {
                last = r.entity();
            }
        }
        return Optional.ofNullable(last);
    }
}
