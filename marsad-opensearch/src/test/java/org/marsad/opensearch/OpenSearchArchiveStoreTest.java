package org.marsad.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.Fixtures;
import org.marsad.index.QuoteQuery;
import org.marsad.index.SearchQuery;
import org.marsad.index.lucene.LuceneArchiveStore;
import org.marsad.io.ArticleReader;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.sample.SampleCorpus;

/**
 * The OpenSearch store on a real single-node OpenSearch 2.19 against the embedded Lucene store: the
 * same analyses in both, the same answers out (hand-made fixtures and 400 sample articles analysed by
 * the standard pipeline); and the write contract: re-put replaces, delete removes, unchanged tells.
 */
@Tag("opensearch")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchArchiveStoreTest {
    private OpenSearchCluster cluster;
    private LuceneArchiveStore lucene;
    private OpenSearchArchiveStore opensearch;
    private List<Analysis> sample;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(OpenSearchCluster.home() != null, "run with -Popensearch");
        cluster = OpenSearchCluster.start(1);
        List<Article> articles = new ArrayList<>();
        ArticleReader.Result r = new ArticleReader.Result(articles, new ArrayList<>());
        SampleCorpus.read(new ArticleReader(), r);
        Pipeline p = Pipeline.standard();
        sample = new ArrayList<>(Fixtures.all());
        articles.stream().limit(400).map(p::analyze).forEach(sample::add);
        lucene = LuceneArchiveStore.open(dir, 32);
        opensearch = OpenSearchArchiveStore.open(OpenSearchSettings.of(cluster.urls()).withIndex("marsad-it"));
        for (int i = 0; i < sample.size(); i += 100) {
            List<Analysis> batch = sample.subList(i, Math.min(sample.size(), i + 100));
            lucene.put(batch);
            opensearch.put(batch);
        }
        lucene.commit();
        opensearch.commit();
    }

    @AfterAll
    void stop() {
        if (opensearch != null) {
            opensearch.close();
        }
        if (lucene != null) {
            lucene.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void answersLikeTheEmbeddedStore() {
        ArchiveComparison c = new ArchiveComparison(lucene, opensearch);
        for (String q : List.of("", "تونس", "امريكا", "Peskov", "\"الولايات المتحدة\"", "الحكومة", "وزير الصحة",
                "رئيس الحكومة", "\"رئيس الجمهورية\"", "الترجي | الافريقي", "تونس -الحكومة", "انتخاب*", "روسيا")) {
            c.search(q);
        }
        c.stats();
        for (String id : List.of("a1", "a2", "a3", sample.get(10).article().id())) {
            c.article(id);
        }
        c.quotes(QuoteQuery.bySpeaker(Fixtures.PESKOV));
        c.quotes(QuoteQuery.bySpeaker("بيسكوف"));
        c.quotes(QuoteQuery.about(Fixtures.USA));
        c.quotes(new QuoteQuery(null, null, "تونس", null, null, null, null, 0, 100));
        var top = lucene.search(SearchQuery.of("")).facets();
        for (var f : List.of(top.persons(), top.organizations(), top.places())) {
            f.stream().limit(3).forEach(v -> c.entity(v.value()));
        }
        top.speakers().stream().limit(3).forEach(v -> c.quotes(QuoteQuery.bySpeaker(v.value())));
        c.entity(Fixtures.PESKOV);
        for (String prefix : List.of("بيس", "Pes", "تو", "ال", "")) {
            c.suggest(prefix);
        }
        assertThat(c.checks).isGreaterThan(60);
    }

    @Test
    void rePutReplacesDeleteRemovesAndUnchangedTells() {
        String index = "marsad-it-writes";
        try (OpenSearchArchiveStore s = OpenSearchArchiveStore.open(OpenSearchSettings.of(cluster.urls()).withIndex(index))) {
            s.put(Fixtures.all());
            s.commit();
            assertThat(s.stats().quotes()).isEqualTo(3);
            Analysis a1 = Fixtures.peskovOnElections();
            assertThat(s.unchanged(List.of(a1.article()))).containsExactly("a1");
            Article changed = new Article("a1", a1.article().title(), a1.article().text() + " تعديل", a1.article().published(),
                    a1.article().source(), a1.article().url(), a1.article().metadata());
            assertThat(s.unchanged(List.of(changed))).isEmpty();
            // re-put without its quote and entities: the old quote and entity documents go too
            s.put(List.of(Fixtures.analysis(changed, List.of(), List.of())));
            s.commit();
            assertThat(s.stats().quotes()).isEqualTo(2);
            assertThat(s.stats().articles()).isEqualTo(3);
            assertThat(s.quotes(QuoteQuery.bySpeaker(Fixtures.PESKOV)).items()).extracting(q -> q.articleId())
                    .containsExactly("a3");
            assertThat(s.delete("a2")).isTrue();
            assertThat(s.delete("nope")).isFalse();
            s.commit();
            assertThat(s.article("a2")).isEmpty();
            assertThat(s.stats().articles()).isEqualTo(2);
            assertThat(s.stats().quotes()).isEqualTo(1);
            s.dropIndex();
        }
    }
}
