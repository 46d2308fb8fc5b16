package org.marsad.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;

/** Builds an article and tagger mentions by string, the way a test reads best. */
final class LinkerTestSupport {
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private final Article article;
    private final List<EntityMention> mentions = new ArrayList<>();

    LinkerTestSupport(String text) {
        this("", text);
    }

    LinkerTestSupport(String title, String text) {
        this.article = Article.of("t", title, text, LocalDate.of(2022, 1, 14));
    }

    /** Every occurrence of {@code s} in the body as a mention of {@code type}. */
    LinkerTestSupport tag(String s, EntityType type) {
        int n = 0;
        for (Field f : Field.values()) {
            String src = article.field(f);
            for (int at = src.indexOf(s); at >= 0; at = src.indexOf(s, at + 1)) {
                mentions.add(new EntityMention(TextSpan.of(article, f, at, at + s.length()), type));
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("not in the text: " + s);
        }
        return this;
    }

    List<Entity> link() {
        return link(ArticleEntityLinker.standard());
    }

    List<Entity> link(ArticleEntityLinker linker) {
        mentions.sort(java.util.Comparator.comparing((EntityMention m) -> m.span().field())
                .thenComparingInt(m -> m.span().start()));
        return linker.link(analyzed(), mentions);
    }

    AnalyzedText analyzed() {
        return ANALYZER.analyze(article);
    }

    Article article() {
        return article;
    }

    static Entity named(List<Entity> es, String name) {
        return es.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + es.stream().map(Entity::name).toList()));
    }

    static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(TextSpan::text).toList();
    }
}
