package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/** The benchmark measures what it claims: CoreNLP really segments and tags, every contender counts tokens. */
class PeerBenchmarkSmokeTest {
    @Test
    void coreNlpSplitsCliticsAndTagsEveryToken() {
        CoreNlpContender core = new CoreNlpContender();
        String text = "وقال الرئيس إن بلاده ستدعم المفاوضات بالتأكيد.";
        List<CoreLabel> tokens = core.annotate(text);
        assertThat(tokens.size()).isGreaterThan(text.split(" ").length);
        assertThat(tokens).allSatisfy(t -> assertThat(t.get(CoreAnnotations.PartOfSpeechAnnotation.class)).isNotBlank());
    }

    @Test
    void runsMarsadAndLuceneOnTheBundledSample() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Measure.Result> r = PeerBenchmark.run(List.of(), true, 20, 5, 0.1, 1, false,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(r).containsKeys("same:Lucene ArabicAnalyzer@1", "same:Marsad full pipeline@1",
                "corpus:Lucene ArabicAnalyzer@1", "corpus:Marsad text layer@1", "corpus:Marsad full pipeline@1");
        assertThat(r.values()).allSatisfy(m -> {
            assertThat(m.articles()).isGreaterThanOrEqualTo(5);
            assertThat(m.tokens()).isPositive();
        });
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("articles/s");
    }

    @Test
    void theSameArticlesAreSpreadOverTheCorpus() {
        List<Article> all = java.util.stream.IntStream.range(0, 100).mapToObj(i -> Article.of("a" + i, "", "نص", null)).toList();
        assertThat(PeerBenchmark.spread(all, 4)).extracting(Article::id).containsExactly("a0", "a25", "a50", "a75");
        assertThat(PeerBenchmark.spread(all, 500)).hasSize(100);
    }

    @Test
    void scalingArticleHasTheRequestedSize() {
        List<Article> corpus = List.of(Article.of("a", "عنوان", "فقرة أولى\nفقرة ثانية", null));
        assertThat(ScalingBenchmark.article(corpus, 10_000).text()).hasSize(10_000);
    }
}
