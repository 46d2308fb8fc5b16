package org.marsad.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.Article;
import org.marsad.model.DateExpression;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Gender;
import org.marsad.model.Quantity;
import org.marsad.model.Quote;
import org.marsad.model.Speaker;
import org.marsad.model.SpeakerKind;
import org.marsad.model.Stance;
import org.marsad.model.TextSpan;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.AnalyzedText;

/**
 * Small, deterministic annotators for the fixture articles, so the Spark tables have every kind of row
 * (entities, mentions, quotes, dates, quantities) whatever the shipped models find. Test scaffolding,
 * not a model: a gazetteer of six names, guillemet quotes, ISO dates and "number + word" quantities.
 */
final class FixturePipeline implements PipelineFactory {
    private static final long serialVersionUID = 1L;

    private record Name(String surface, EntityType type, String key, String latin) {
    }

    private static final List<Name> NAMES = List.of(
            new Name("ديمتري بيسكوف", EntityType.PERS, "Q:peskov", "Dmitry Peskov"),
            new Name("بيسكوف", EntityType.PERS, "Q:peskov", "Dmitry Peskov"),
            new Name("الكرملين", EntityType.ORG, "Q:kremlin", "Kremlin"),
            new Name("الناتو", EntityType.ORG, "Q:nato", "NATO"),
            new Name("روسيا", EntityType.LOC, "Q:russia", "Russia"),
            new Name("الولايات المتحدة", EntityType.LOC, "Q:usa", "United States"),
            new Name("تونس", EntityType.LOC, null, null));
    private static final Pattern QUOTE = Pattern.compile("«([^»]+)»");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\d-])(\\d+) (\\p{IsArabic}+)");

    @Override
    public Pipeline create() {
        return Pipeline.builder()
                .ner(FixturePipeline::recognize)
                .linker((at, mentions) -> link(at.article(), mentions))
                .quotes((at, entities) -> quotes(at.article(), entities))
                .dates(FixturePipeline::dates)
                .quantities(FixturePipeline::quantities)
                .build();
    }

    private static List<EntityMention> recognize(AnalyzedText at) {
        List<EntityMention> out = new ArrayList<>();
        for (Field f : Field.values()) {
            String s = at.field(f);
            boolean[] taken = new boolean[s.length()];
            for (Name n : NAMES) {
                for (int i = s.indexOf(n.surface()); i >= 0; i = s.indexOf(n.surface(), i + 1)) {
                    int end = i + n.surface().length();
                    if (!taken[i] && !taken[end - 1]) {
                        java.util.Arrays.fill(taken, i, end, true);
                        out.add(new EntityMention(TextSpan.of(at.article(), f, i, end), n.type()));
                    }
                }
            }
        }
        out.sort(Comparator.comparing((EntityMention m) -> m.span().field()).thenComparingInt(m -> m.span().start()));
        return out;
    }

    private static Name name(String surface) {
        return NAMES.stream().filter(n -> n.surface().equals(surface)).findFirst().orElseThrow();
    }

    private static List<Entity> link(Article article, List<EntityMention> mentions) {
        Map<String, List<EntityMention>> groups = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            Name n = name(m.text());
            groups.computeIfAbsent(n.key() == null ? n.surface() : n.key(), k -> new ArrayList<>()).add(m);
        }
        List<Entity> out = new ArrayList<>();
        for (List<EntityMention> g : groups.values()) {
            String fullest = g.stream().map(EntityMention::text).max(Comparator.comparingInt(String::length)).orElseThrow();
            Name n = name(fullest);
            List<String> titles = n.type() == EntityType.PERS && article.text().contains("المتحدث باسم الكرملين")
                    ? List.of("المتحدث باسم الكرملين") : List.of();
            out.add(new Entity("e" + (out.size() + 1), n.key(), n.type(), fullest, n.latin(), titles,
                    n.type() == EntityType.PERS ? Gender.MALE : Gender.UNKNOWN, g.stream().map(EntityMention::span).toList()));
        }
        return out;
    }

    private static List<Quote> quotes(Article article, List<Entity> entities) {
        Entity person = entities.stream().filter(e -> e.type() == EntityType.PERS).findFirst().orElse(null);
        Speaker speaker = person == null ? new Speaker(null, "مصدر", SpeakerKind.ANONYMOUS)
                : new Speaker(person.id(), person.name(), SpeakerKind.PERSON);
        List<Quote> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(article.text());
        while (m.find()) {
            int cue = article.text().lastIndexOf("وقال", m.start());
            TextSpan cueSpan = cue < 0 ? null : TextSpan.of(article, Field.TEXT, cue, cue + 4);
            out.add(new Quote(speaker, cueSpan, true, null, cue < 0 ? null : "تصريح", TextSpan.of(article, Field.TEXT,
                    m.start(1), m.end(1)), false, Stance.ASSERT, person == null ? null : "first person in article"));
        }
        return out;
    }

    private static List<DateExpression> dates(AnalyzedText at) {
        Article article = at.article();
        List<DateExpression> out = new ArrayList<>();
        Matcher m = ISO_DATE.matcher(article.text());
        while (m.find()) {
            out.add(new DateExpression(TextSpan.of(article, Field.TEXT, m.start(), m.end()), m.group()));
        }
        int y = article.text().indexOf("أمس");
        if (y >= 0 && article.published() != null) {
            out.add(new DateExpression(TextSpan.of(article, Field.TEXT, y, y + 3), article.published().minusDays(1).toString(),
                    article.published().toString()));
        }
        return out;
    }

    private static List<Quantity> quantities(AnalyzedText at) {
        Article article = at.article();
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(article.text());
        while (m.find()) {
            out.add(new Quantity(TextSpan.of(article, Field.TEXT, m.start(), m.end()), Double.parseDouble(m.group(1)),
                    m.group(2)));
        }
        return out;
    }
}
