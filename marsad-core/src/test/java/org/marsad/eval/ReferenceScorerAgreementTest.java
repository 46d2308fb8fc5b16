package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.io.AnalysisJson;
import org.marsad.model.Analysis;
import org.marsad.pipeline.Pipeline;

/**
 * The Java scorer prints exactly what {@code shared/tools/score_articles.py} prints, on the dev gold,
 * for the standard pipeline's own output and for many perturbed predictions that exercise every
 * matching rule (partial quotes, clitics on names, wrong speakers, duplicate and wrong dates,
 * wrong types, spurious items).
 */
@Tag("eval")
class ReferenceScorerAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path shared;
    private static List<GoldArticle> gold;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws IOException {
        String s = System.getProperty("marsad.shared");
        assumeTrue(s != null && Files.isDirectory(Path.of(s, "gold", "dev")), "shared data not present");
        shared = Path.of(s);
        gold = GoldSet.load(shared.resolve("gold/dev"));
    }

    @Test
    void goldSetLoadsAsTheReferenceDoes() {
        assertThat(gold).hasSize(13);
        assertThat(gold).allSatisfy(g -> assertThat(g.text()).isNotEmpty());
    }

    @Test
    void agreesOnTheStandardPipelinesOutput() throws Exception {
        Pipeline p = Pipeline.standard();
        Path pred = tmp.resolve("pipeline.jsonl");
        List<Prediction> direct = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            for (GoldArticle g : gold) {
                Analysis a = p.analyze(g.article());
                direct.add(Prediction.of(a));
                w.write(AnalysisJson.toJson(a, false));
                w.write('\n');
            }
        }
        String python = python(pred);
        assertThat(java(ArticleScorer.byId(direct))).isEqualTo(python);
        assertThat(java(ArticleScorer.byId(PredictionReader.read(pred).predictions()))).isEqualTo(python);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void agreesOnPerturbedPredictions(long seed) throws Exception {
        Path pred = tmp.resolve("perturbed-" + seed + ".jsonl");
        Random r = new Random(seed);
        double noise = 0.15 * seed;
        try (BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            for (GoldArticle g : gold) {
                if (r.nextDouble() < 0.05 * seed) {
                    continue; // a missing article
                }
                w.write(JSON.writeValueAsString(perturb(g, r, noise)));
                w.write('\n');
            }
            w.write("not json at all\n");
        }
        String python = python(pred);
        String java = java(ArticleScorer.byId(PredictionReader.read(pred).predictions()));
        assertThat(java).isEqualTo(python);
        assertThat(java).contains("articles=13");
    }

    private static ObjectNode perturb(GoldArticle g, Random r, double noise) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", g.id());
        String[] words = (g.title() + " " + g.text()).split("\\s+");
        ArrayNode quotes = o.putArray("quotes");
        for (GoldArticle.Quote q : g.quotes()) {
            if (r.nextDouble() < noise / 2) {
                continue;
            }
            ObjectNode pq = quotes.addObject();
            String content = q.content();
            if (r.nextDouble() < noise) {
                String[] cw = content.split(" ");
                int from = r.nextInt(cw.length);
                content = String.join(" ", java.util.Arrays.copyOfRange(cw, from, Math.min(cw.length, from + 1 + r.nextInt(cw.length))));
            }
            pq.putObject("content").put("field", "text").put("text", content);
            String speaker = q.names().get(r.nextInt(q.names().size()));
            double d = r.nextDouble();
            if (d < noise / 3) {
                speaker = "و" + speaker;
            } else if (d < noise / 2) {
                speaker = words[r.nextInt(words.length)];
            } else if (d < noise / 1.5) {
                speaker = null;
            }
            ObjectNode sp = pq.putObject("speaker");
            sp.put("name", speaker);
            sp.put("kind", q.speakerKind());
            pq.put("direct", q.direct());
        }
        for (int k = 0; k < r.nextInt(3); k++) {
            ObjectNode pq = quotes.addObject();
            int from = r.nextInt(words.length);
            pq.putObject("content").put("text", String.join(" ", java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + 6))));
            pq.putObject("speaker").put("name", words[r.nextInt(words.length)]);
        }
        if (r.nextDouble() < noise) {
            quotes.add("a quote that is not an object");
        }
        ArrayNode dates = o.putArray("dates");
        for (GoldArticle.Date dt : g.dates()) {
            if (r.nextDouble() < noise / 2) {
                continue;
            }
            for (int rep = 0; rep < 1 + r.nextInt(2); rep++) {
                ObjectNode pd = dates.addObject();
                String text = dt.text();
                if (r.nextDouble() < noise) {
                    String[] tw = text.split(" ");
                    text = tw[r.nextInt(tw.length)];
                }
                pd.put("text", text);
                pd.put("value", r.nextDouble() < noise ? dt.value().substring(0, 4) : dt.value());
            }
        }
        if (r.nextDouble() < noise) {
            dates.addObject().put("text", words[r.nextInt(words.length)]).put("value", "2018");
        }
        ArrayNode entities = o.putArray("entities");
        for (GoldArticle.Entity e : g.entities()) {
            if (r.nextDouble() < noise / 2) {
                continue;
            }
            ObjectNode pe = entities.addObject();
            String[] types = {"PERS", "ORG", "LOC", "MISC"};
            pe.put("type", r.nextDouble() < noise / 2 ? types[r.nextInt(types.length)] : e.type());
            pe.put("name", r.nextDouble() < noise ? "ل" + e.name() : e.name());
            ArrayNode ms = pe.putArray("mentions");
            for (String m : e.mentions()) {
                if (r.nextBoolean()) {
                    ms.addObject().put("text", r.nextDouble() < noise ? "و" + m : m);
                }
            }
        }
        for (int k = 0; k < r.nextInt(3); k++) {
            String w = words[r.nextInt(words.length)];
            ObjectNode pe = entities.addObject().put("type", "LOC").put("name", w);
            pe.putArray("mentions").addObject().put("text", w);
        }
        return o;
    }

    private static String java(java.util.Map<String, Prediction> preds) {
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            ArticleReport.summary(ArticleScorer.score(gold, preds), EnumSet.allOf(ArticleReport.Capability.class), pw);
        }
        return sw.toString();
    }

    private static String python(Path pred) throws Exception {
        Path script = shared.resolve("tools/score_articles.py");
        Process proc;
        try {
            proc = new ProcessBuilder("python3", script.toString(), shared.resolve("gold/dev").toString(), pred.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available: " + e.getMessage());
            throw e;
        }
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(proc.exitValue()).as(out).isZero();
        return out;
    }
}
