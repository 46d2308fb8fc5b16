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
        assertThat(score.f1()).isGreaterThan(0.74);
        assertThat(score.precision()).isGreaterThan(0.90);
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
