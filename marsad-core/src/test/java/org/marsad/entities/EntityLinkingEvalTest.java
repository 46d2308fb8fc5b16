package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;

/** Entity F1 on the dev gold: grouping alone (perfect mentions given) and the standard pipeline end to end. */
@Tag("eval")
class EntityLinkingEvalTest {
    private static final boolean VERBOSE = Boolean.getBoolean("marsad.verbose");

    private static List<GoldDev> gold() throws Exception {
        Path dir = GoldDev.dir();
        assumeTrue(dir != null && Files.isDirectory(dir), "no shared gold data");
        return GoldDev.load(dir);
    }

    @Test
    void groupingOfPerfectMentionsMatchesTheGold() throws Exception {
        ArticleEntityLinker linker = ArticleEntityLinker.standard();
        TextAnalyzer ta = new TextAnalyzer();
        DocumentEntityScore score = new DocumentEntityScore();
        for (GoldDev g : gold()) {
            AnalyzedText at = ta.analyze(g.article());
            List<Entity> es = linker.link(at, g.oracleMentions());
            report(g, es, score.add(g.entities(), es));
        }
        System.out.println("entities, perfect mentions: " + score);
        assertThat(score.f1()).isGreaterThan(0.95);
    }

    @Test
    void standardPipelineEndToEnd() throws Exception {
        Pipeline p = Pipeline.standard();
        DocumentEntityScore score = new DocumentEntityScore();
        for (GoldDev g : gold()) {
            List<Entity> es = p.analyze(g.article()).entities();
            report(g, es, score.add(g.entities(), es));
        }
        System.out.println("entities, standard pipeline: " + score);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.precision()).isGreaterThan(0.88);
    }

    /**
     * The seed article: no gold entity split over two predicted entities, none merged with another, and
     * every occurrence of every gold mention covered by a mention of an entity of its type, with the gold
     * mentions given and with the standard pipeline's own.
     */
    @Test
    void seedEntitiesAreWholeAndCovered() throws Exception {
        GoldDev seed = gold().stream().filter(g -> g.article().id().startsWith("000_")).findFirst().orElseThrow();
        TextAnalyzer ta = new TextAnalyzer();
        List<Entity> oracle = ArticleEntityLinker.standard().link(ta.analyze(seed.article()), seed.oracleMentions());
        List<Entity> standard = Pipeline.standard().analyze(seed.article()).entities();
        for (List<Entity> es : List.of(oracle, standard)) {
            for (DocumentEntityScore.Gold g : seed.entities()) {
                java.util.Set<String> gk = new java.util.HashSet<>();
                g.mentions().forEach(m -> gk.add(DocumentEntityScore.key(m)));
                long holders = es.stream().filter(e -> e.mentions().stream().anyMatch(m -> gk.contains(DocumentEntityScore.key(m.text()))))
                        .count();
                assertThat(holders).as("entities holding %s", g.name()).isLessThanOrEqualTo(1);
            }
            for (Entity e : es) {
                long golds = seed.entities().stream().filter(g -> e.mentions().stream()
                        .anyMatch(m -> g.mentions().stream().anyMatch(gm -> DocumentEntityScore.key(gm).equals(DocumentEntityScore.key(m.text())))))
                        .count();
                assertThat(golds).as("gold entities merged into %s", e.name()).isLessThanOrEqualTo(1);
            }
        }
        for (DocumentEntityScore.Gold g : seed.entities()) {
            for (String m : g.mentions()) {
                for (org.marsad.model.Field f : org.marsad.model.Field.values()) {
                    String src = seed.article().field(f);
                    for (int at = src.indexOf(m); at >= 0; at = src.indexOf(m, at + 1)) {
                        int s = at;
                        int e = at + m.length();
                        if (insideLongerGoldMention(seed, f, s, e)) {
                            continue; // روسيا of مجلس روسيا – ناتو: the longer name's entity holds it
                        }
                        for (List<Entity> es : List.of(oracle, standard)) {
                            assertThat(es.stream().filter(x -> x.type() == g.type()).flatMap(x -> x.mentions().stream())
                                    .anyMatch(x -> x.field() == f && x.start() < e && s < x.end()))
                                    .as("mention %s at %d (%s)", m, at, es == oracle ? "gold mentions given" : "standard pipeline")
                                    .isTrue();
                        }
                    }
                }
            }
        }
    }

    private static boolean insideLongerGoldMention(GoldDev seed, org.marsad.model.Field f, int start, int end) {
        String src = seed.article().field(f);
        for (DocumentEntityScore.Gold g : seed.entities()) {
            for (String m : g.mentions()) {
                if (m.length() <= end - start) {
                    continue;
                }
                for (int at = src.indexOf(m); at >= 0 && at <= start; at = src.indexOf(m, at + 1)) {
                    if (at + m.length() >= end) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void report(GoldDev g, List<Entity> es, List<DocumentEntityScore.Gold> missed) {
        if (!VERBOSE) {
            return;
        }
        System.out.println("== " + g.article().id());
        for (DocumentEntityScore.Gold m : missed) {
            System.out.println("  MISSED " + m);
        }
        for (Entity e : es) {
            System.out.println("  " + e.id() + " " + e.type() + " " + e.name() + " | " + e.latin() + " | " + e.key() + " | "
                    + e.titles() + " " + e.gender() + " | " + e.mentions().stream().map(s -> s.text()).toList());
        }
    }
}
