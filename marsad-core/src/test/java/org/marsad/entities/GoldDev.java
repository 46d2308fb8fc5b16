package org.marsad.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;
import org.marsad.text.Chars;

/** The hand-annotated dev articles of ../shared/gold/dev, for eval tests. */
record GoldDev(Article article, List<DocumentEntityScore.Gold> entities) {

    static Path dir() {
        String shared = System.getProperty("marsad.shared");
        return shared == null ? null : Path.of(shared, "gold", "dev");
    }

    static List<GoldDev> load(Path dir) throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<GoldDev> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = om.readTree(p.toFile());
                Article a = Article.of(n.get("id").asText(), n.get("title").asText(), n.get("text").asText(),
                        LocalDate.parse(n.get("published").asText()));
                List<DocumentEntityScore.Gold> ents = new ArrayList<>();
                for (JsonNode e : n.get("entities")) {
                    List<String> ms = new ArrayList<>();
                    e.get("mentions").forEach(m -> ms.add(m.asText()));
                    ents.add(new DocumentEntityScore.Gold(EntityType.parse(e.get("type").asText()), e.get("name").asText(), ms));
                }
                out.add(new GoldDev(a, ents));
            }
        }
        return out;
    }

    /**
     * What a perfect tagger working on whole tokens would report: every occurrence of a gold mention
     * string, widened to its token (so joined clitics are still on), longest first, not overlapping.
     */
    List<EntityMention> oracleMentions() {
        record Occ(TextSpan span, EntityType type) {
        }
        List<Occ> all = new ArrayList<>();
        for (DocumentEntityScore.Gold g : entities) {
            for (String m : g.mentions()) {
                for (Field f : Field.values()) {
                    String src = article.field(f);
                    for (int at = src.indexOf(m); at >= 0; at = src.indexOf(m, at + 1)) {
                        int end = at + m.length();
                        if (end < src.length() && Chars.isArabicLetter(src.charAt(end))) {
                            continue;
                        }
                        int start = at;
                        while (start > 0 && Chars.isArabicLetter(src.charAt(start - 1))) {
                            start--;
                        }
                        if (at - start > 3) {
                            continue;
                        }
                        all.add(new Occ(TextSpan.of(article, f, start, end), g.type()));
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt((Occ o) -> -o.span().length()));
        List<Occ> kept = new ArrayList<>();
        for (Occ o : all) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(o.span()))) {
                kept.add(o);
            }
        }
        kept.sort(Comparator.comparing((Occ o) -> o.span().field()).thenComparingInt(o -> o.span().start()));
        List<EntityMention> out = new ArrayList<>();
        for (Occ o : kept) {
            out.add(new EntityMention(o.span(), o.type()));
        }
        return out;
    }
}
