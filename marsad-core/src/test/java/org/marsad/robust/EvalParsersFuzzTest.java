package org.marsad.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.eval.ArticleScorer;
import org.marsad.eval.ArticleScores;
import org.marsad.eval.GoldArticle;
import org.marsad.eval.Prediction;
import org.marsad.eval.PredictionReader;

/** The evaluation's own parser and scorer on arbitrary prediction lines: never a crash, counts stay consistent. */
class EvalParsersFuzzTest {
    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> jsonish = Arbitraries.of(
                "{\"id\":\"a\",\"quotes\":[{\"content\":{\"text\":\"الحوار ممكن\"},\"speaker\":{\"name\":\"بيسكوف\"}}]}",
                "{\"id\":\"a\",\"quotes\":[1,\"x\",null,{\"content\":\"str\",\"speaker\":\"str\"}]}",
                "{\"id\":\"a\",\"dates\":[{\"text\":null,\"value\":2022},{\"value\":\"2022\"},7]}",
                "{\"id\":\"a\",\"entities\":[{\"type\":null,\"mentions\":[1,null,{\"text\":\"روسيا\"}]},{}]}",
                "{\"id\":null}", "{\"id\":5}", "[]", "null", "\"s\"", "{", "", "   ",
                "{\"id\":\"a\",\"quotes\":{\"not\":\"a list\"},\"dates\":\"x\",\"entities\":3}");
        return Arbitraries.oneOf(jsonish, AdversarialText.anyString(60).map(s -> s.replace('\n', ' ')))
                .list().ofMaxSize(12);
    }

    @Property(tries = 200)
    void predictionLinesNeverBreakTheScorer(@ForAll("lines") List<String> lines) throws IOException {
        Path f = Files.createTempFile("pred", ".jsonl");
        try {
            Files.write(f, String.join("\n", lines).getBytes(StandardCharsets.UTF_8)); // lone surrogates become ?
            PredictionReader r = PredictionReader.read(f);
            Map<String, Prediction> byId = ArticleScorer.byId(r.predictions());
            GoldArticle gold = new GoldArticle("a", null, "2022-01-14", "ع", "ن", List.of(
                    new GoldArticle.Quote("بيسكوف", "person", List.of("بيسكوف"), null, false, null, null, false, "الحوار ممكن")),
                    List.of(new GoldArticle.Date("أمس", "2022-01-13")),
                    List.of(new GoldArticle.Entity("LOC", "روسيا", List.of("روسيا"))));
            ArticleScores s = ArticleScorer.score(List.of(gold), byId);
            assertThat(s.quoteAttributed().truePositives()).isBetween(0, s.quoteDetect().truePositives());
            assertThat(s.quoteDetect().truePositives()).isLessThanOrEqualTo(Math.min(1, s.quoteDetect().predicted()));
            assertThat(s.dateValue().truePositives()).isLessThanOrEqualTo(s.dateDetect().truePositives());
            assertThat(s.entityDoc().truePositives()).isLessThanOrEqualTo(1);
            assertThat(s.quoteDetect().f1()).isBetween(0.0, 1.0);
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
