package org.marsad.robust;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.sample.SampleCorpus;

/**
 * Real news articles (the bundled sample) damaged at random: spans cut, doubled or moved, quotation
 * marks, digits, bidi and control characters dropped in. Closer to what annotators expect than random
 * text, so their rules actually fire on the damage.
 */
class MutatedNewsFuzzTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final List<Article> SAMPLE = sample();
    private static final String[] INSERTS = {"«", "»", "“", "”", "\"", ":", "،", ".", "..", "…", "\n", "\u200F", "\u202B",
        "\u0000", "😀", "\uD83C", "قال", "وأضاف", "إن", "أن", "بحسب", "أمس", "2022", "١٣", "10/1/2022", "كانون", "الثاني",
        "هـ", "1,000.5", "٪", "(", ")", "ال", "و", "ـ", "\u064B"};

    private static List<Article> sample() {
        ArticleReader.Result r = new ArticleReader.Result(new ArrayList<>(), new ArrayList<>());
        SampleCorpus.read(new ArticleReader(), r);
        return r.articles();
    }

    record Mutation(int kind, double at, double length, int insert) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 0.3), Arbitraries.integers().between(0, INSERTS.length - 1))
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 100)
    void damagedArticlesKeepEveryOffsetValid(@ForAll("mutations") List<Mutation> mutations,
                                             @ForAll("articleIndex") int index, @ForAll boolean dated) {
        Article a = SAMPLE.get(index);
        String title = a.title();
        String text = a.text();
        for (Mutation m : mutations) {
            text = apply(text, m);
            if (m.kind() == 0) {
                title = apply(title, m);
            }
        }
        Article damaged = new Article(a.id(), title, text, dated ? a.published() : null, a.source(), a.url(), a.metadata());
        SpanChecks.assertValid(PIPELINE.analyze(damaged, true));
    }

    @Provide
    Arbitrary<Integer> articleIndex() {
        return Arbitraries.integers().between(0, SAMPLE.size() - 1);
    }

    private static String apply(String s, Mutation m) {
        int n = s.length();
        int at = (int) (m.at() * n);
        int len = Math.min(n - at, (int) (m.length() * n));
        return switch (m.kind()) {
            case 0 -> s.substring(0, at) + INSERTS[m.insert()] + s.substring(at);
            case 1 -> s.substring(0, at) + s.substring(at + len);
            case 2 -> s.substring(0, at + len) + s.substring(at, at + len) + s.substring(at + len);
            default -> s.substring(at) + s.substring(0, at);
        };
    }
}
