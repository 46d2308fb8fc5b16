package org.marsad.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.index.Fixtures.PESKOV;
import static org.marsad.index.Fixtures.RUSSIA;
import static org.marsad.index.Fixtures.TUNISIA;
import static org.marsad.index.Fixtures.USA;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.EntityCount;
import org.marsad.index.EntityPage;
import org.marsad.index.EntityPageOptions;
import org.marsad.index.FacetValue;
import org.marsad.index.Filters;
import org.marsad.index.Fixtures;
import org.marsad.index.Page;
import org.marsad.index.QuoteHit;
import org.marsad.index.QuoteQuery;
import org.marsad.index.SearchHit;
import org.marsad.index.SearchQuery;
import org.marsad.index.SearchResult;
import org.marsad.index.TimelineBucket;
import org.marsad.index.TimelineQuery;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Stance;

class LuceneArchiveStoreTest {
    @TempDir
    Path dir;
    LuceneArchiveStore store;

    @BeforeEach
    void open() {
        store = LuceneArchiveStore.open(dir, 16);
        store.put(Fixtures.all());
        store.commit();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> ids(String text) {
        return ids(SearchQuery.of(text));
    }

    private List<String> ids(SearchQuery q) {
        return store.search(q).hits().items().stream().map(SearchHit::id).toList();
    }

    @Test
    void spellingVariantsAndAttachedConjunctionsMatch() {
        // a2 writes وأمريكا and أمريكا, a3 أمريكا, a1 only الأمريكية
        assertThat(ids("امريكا")).containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(ids("وامريكا")).contains("a2");
        assertThat(ids("ولاية")).contains("a3");
        assertThat(ids("الولاية")).contains("a3");
    }

    @Test
    void latinNamesFindArabicEntities() {
        assertThat(ids("Peskov")).containsExactlyInAnyOrder("a1", "a3");
        assertThat(ids("peskov روسيا")).containsExactly("a1");
        assertThat(ids("Tunisia")).containsExactly("a3");
    }

    @Test
    void phrasesMatchOnlyInOrder() {
        assertThat(ids("\"الولايات المتحدة\"")).containsExactly("a1");
        assertThat(ids("\"المتحدة الولايات\"")).isEmpty();
        assertThat(ids("روسيا -بيسكوف")).containsExactly("a2");
    }

    @Test
    void snippetsHighlightTheMatchedWords() {
        SearchHit hit = store.search(SearchQuery.of("الانتخابات")).hits().items().get(0);
        assertThat(hit.highlights()).isNotEmpty();
        SearchHit.Highlight h = hit.highlights().get(0);
        assertThat(hit.snippet().substring(h.start(), h.end())).isEqualTo("الانتخابات");
        assertThat(hit.title()).startsWith("بيسكوف");
        assertThat(hit.published()).isEqualTo(LocalDate.of(2018, 2, 10));
        assertThat(hit.category()).isEqualTo("internationalNews");
    }

    @Test
    void filtersByEntitySpeakerSourceCategoryAndDates() {
        SearchQuery all = SearchQuery.of("");
        assertThat(ids(all.withFilters(Filters.NONE.withEntities(List.of(TUNISIA))))).containsExactly("a3");
        assertThat(ids(all.withFilters(Filters.NONE.withEntities(List.of(USA, RUSSIA))))).containsExactlyInAnyOrder("a1", "a2");
        assertThat(ids(all.withFilters(Filters.NONE.withSpeakers(List.of(PESKOV))))).containsExactlyInAnyOrder("a1", "a3");
        assertThat(ids(all.withFilters(Filters.NONE.withSpeakers(List.of("Peskov"))))).containsExactlyInAnyOrder("a1", "a3");
        assertThat(ids(all.withFilters(Filters.NONE.withSpeakers(List.of("مصدر دبلوماسي"))))).containsExactly("a2");
        assertThat(ids(all.withFilters(Filters.NONE.withSources(List.of("BBC", "skynews"))))).containsExactlyInAnyOrder("a1", "a2");
        assertThat(ids(all.withFilters(Filters.NONE.withCategories(List.of("economy"))))).containsExactly("a3");
        assertThat(ids(all.withFilters(Filters.NONE.withDates(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 2, 28)))))
                .containsExactly("a1");
        assertThat(ids(all.withFilters(Filters.NONE.withDates(null, LocalDate.of(2017, 12, 31))))).containsExactly("a3");
        assertThatThrownBy(() -> Filters.NONE.withDates(LocalDate.of(2018, 2, 1), LocalDate.of(2018, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void facetsCountEveryMatchWithLabels() {
        SearchResult r = store.search(SearchQuery.of("روسيا"));
        assertThat(r.hits().total()).isEqualTo(2);
        assertThat(r.facets().places()).contains(new FacetValue(RUSSIA, "روسيا", 2));
        assertThat(r.facets().persons()).containsExactly(new FacetValue(PESKOV, "دميتري بيسكوف", 1));
        assertThat(r.facets().speakers()).extracting(FacetValue::label)
                .containsExactlyInAnyOrder("دميتري بيسكوف", "مصدر دبلوماسي");
        assertThat(r.facets().sources()).extracting(FacetValue::value).containsExactlyInAnyOrder("skynews", "BBC");
        assertThat(r.facets().years()).containsExactly(new FacetValue("2018", "2018", 2));
    }

    @Test
    void paginatesWithExactTotals() {
        SearchQuery q = SearchQuery.of("").withSort(SearchQuery.Sort.NEWEST);
        assertThat(ids(q)).containsExactly("a2", "a1", "a3");
        Page<SearchHit> second = store.search(q.withPage(1, 1)).hits();
        assertThat(second.items()).extracting(SearchHit::id).containsExactly("a1");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.hasMore()).isTrue();
        assertThat(store.search(q.withPage(2, 5)).hits().hasMore()).isFalse();
        assertThat(ids(q.withSort(SearchQuery.Sort.OLDEST))).containsExactly("a3", "a1", "a2");
        assertThatThrownBy(() -> q.withPage(0, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reIngestReplacesInsteadOfDuplicating() {
        store.put(Fixtures.all());
        store.commit();
        assertThat(store.stats().articles()).isEqualTo(3);
        assertThat(store.stats().quotes()).isEqualTo(3);
        assertThat(store.quotes(QuoteQuery.bySpeaker(PESKOV)).total()).isEqualTo(2);

        Article old = Fixtures.peskovOnElections().article();
        Article changed = new Article(old.id(), "عنوان جديد", "نص مختلف تماما عن الاقتصاد", old.published(),
                old.source(), old.url(), old.metadata());
        store.put(List.of(Fixtures.analysis(changed, List.of(), List.of())));
        store.commit();
        assertThat(ids("الانتخابات")).isEmpty();
        assertThat(ids("الاقتصاد")).containsExactly("a1");
        assertThat(store.stats().articles()).isEqualTo(3);
        assertThat(store.quotes(QuoteQuery.bySpeaker(PESKOV)).total()).isEqualTo(1);
    }

    @Test
    void unchangedTellsStoredContentFromChangedContent() {
        Article a1 = Fixtures.peskovOnElections().article();
        Article edited = new Article(a1.id(), a1.title() + "!", a1.text(), a1.published(), a1.source(), a1.url(),
                a1.metadata());
        Article unseen = Fixtures.article("zz", "2018-01-01", null, null, "جديد", "نص");
        assertThat(store.unchanged(List.of(a1, edited, unseen, Fixtures.americaAnswers().article())))
                .containsExactlyInAnyOrder("a1", "a2");
    }

    @Test
    void deleteRemovesTheArticleAndItsQuotes() {
        assertThat(store.delete("a3")).isTrue();
        store.commit();
        assertThat(store.delete("nope")).isFalse();
        assertThat(store.article("a3")).isEmpty();
        assertThat(store.quotes(QuoteQuery.bySpeaker(PESKOV)).items()).extracting(QuoteHit::articleId)
                .containsExactly("a1");
        assertThat(store.entity(TUNISIA, EntityPageOptions.DEFAULT)).isEmpty();
    }

    @Test
    void articleComesBackAsTheContract() {
        String json = store.article("a2").orElseThrow().analysisJson();
        assertThat(json).startsWith("{\"id\":\"a2\"").contains("\"quotes\":[").contains("مصدر دبلوماسي");
        assertThat(store.article("missing")).isEmpty();
    }

    @Test
    void quotesBySpeakerAboutEntityAndInRange() {
        Page<QuoteHit> peskov = store.quotes(QuoteQuery.bySpeaker(PESKOV));
        assertThat(peskov.items()).extracting(QuoteHit::articleId).containsExactly("a1", "a3");
        QuoteHit q = peskov.items().get(0);
        assertThat(q.content()).isEqualTo("موسكو تحترم سيادة الولايات المتحدة الأمريكية");
        assertThat(q.speakerKey()).isEqualTo(PESKOV);
        assertThat(q.stance()).isEqualTo("assert");
        assertThat(q.cue()).isEqualTo("وأضاف");
        assertThat(q.about()).extracting(r -> r.key()).containsExactly(USA);
        String text = Fixtures.peskovOnElections().article().text();
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.content());

        assertThat(store.quotes(QuoteQuery.bySpeaker("peskov")).total()).isEqualTo(2);
        assertThat(store.quotes(QuoteQuery.about(USA)).items()).extracting(QuoteHit::articleId)
                .containsExactly("a2", "a1", "a3");
        assertThat(store.quotes(QuoteQuery.about(TUNISIA)).items()).extracting(QuoteHit::articleId).containsExactly("a3");
        assertThat(store.quotes(QuoteQuery.bySpeaker(PESKOV).withDates(LocalDate.of(2018, 1, 1), null)).total())
                .isEqualTo(1);
        assertThat(store.quotes(new QuoteQuery(null, null, "تخرق", null, null, null, null, 0, 10)).items())
                .extracting(QuoteHit::articleId).containsExactly("a2");
        assertThat(store.quotes(new QuoteQuery(null, null, null, null, Stance.WARN, null, null, 0, 10)).total())
                .isEqualTo(1);
    }

    @Test
    void entityPageGathersNamesTimelineQuotesAndNeighbours() {
        EntityPage p = store.entity(PESKOV, EntityPageOptions.DEFAULT).orElseThrow();
        assertThat(p.type()).isEqualTo("PERS");
        assertThat(p.latin()).isEqualTo("Dmitry Peskov");
        assertThat(p.names()).extracting(n -> n.text()).containsExactlyInAnyOrder("دميتري بيسكوف", "بيسكوف");
        assertThat(p.titles()).extracting(n -> n.text()).containsExactlyInAnyOrder("المتحدث باسم الكرملين", "المتحدث");
        assertThat(p.articles()).isEqualTo(2);
        assertThat(p.mentions()).isEqualTo(Fixtures.peskovOnElections().entities().get(0).mentions().size()
                + Fixtures.tunisianGovernorates().entities().get(1).mentions().size());
        assertThat(p.timeline()).containsExactly(new TimelineBucket("2017-05", 1), new TimelineBucket("2018-02", 1));
        assertThat(p.quotes().items()).extracting(QuoteHit::articleId).containsExactly("a1", "a3");
        assertThat(p.cooccurring()).extracting(EntityCount::key).containsExactly(USA, RUSSIA, TUNISIA);
        assertThat(p.cooccurring().get(0).count()).isEqualTo(2);
        assertThat(p.cooccurring().get(0).latin()).isEqualTo("United States");
        assertThat(p.talksAbout()).extracting(EntityCount::key).containsExactly(USA, TUNISIA);

        EntityPage russia = store.entity(RUSSIA, EntityPageOptions.DEFAULT).orElseThrow();
        assertThat(russia.quotedBy()).extracting(EntityCount::name).containsExactly("مصدر دبلوماسي");
        EntityPage usa = store.entity(USA, EntityPageOptions.DEFAULT).orElseThrow();
        assertThat(usa.quotedBy()).extracting(EntityCount::key).containsExactly(PESKOV, null);
        assertThat(usa.quotedBy().get(0).count()).isEqualTo(2);
        assertThat(store.entity("nobody", EntityPageOptions.DEFAULT)).isEmpty();
    }

    @Test
    void suggestsEntitiesByArabicOrLatinPrefix() {
        assertThat(store.suggestEntities("بيس", 5)).extracting(EntityCount::key).containsExactly(PESKOV);
        assertThat(store.suggestEntities("Pes", 5)).extracting(EntityCount::key).containsExactly(PESKOV);
        // most mentioned first, ties by key
        assertThat(store.suggestEntities("", 2)).extracting(EntityCount::key).containsExactly(USA, PESKOV);
    }

    @Test
    void timelineCountsArticlesPerPeriod() {
        assertThat(store.timeline(new TimelineQuery("", Filters.NONE, TimelineQuery.Interval.YEAR)))
                .containsExactly(new TimelineBucket("2017", 1), new TimelineBucket("2018", 2));
        assertThat(store.timeline(new TimelineQuery("روسيا", Filters.NONE, TimelineQuery.Interval.MONTH)))
                .containsExactly(new TimelineBucket("2018-02", 1), new TimelineBucket("2018-03", 1));
    }

    @Test
    void statsDescribeTheArchive() {
        var s = store.stats();
        assertThat(s.articles()).isEqualTo(3);
        assertThat(s.entityMentions()).isEqualTo(8);
        assertThat(s.firstPublished()).isEqualTo(LocalDate.of(2017, 5, 1));
        assertThat(s.lastPublished()).isEqualTo(LocalDate.of(2018, 3, 5));
        assertThat(s.sizeBytes()).isPositive();
    }

    @Test
    void uncommittedWritesAreInvisibleAndLostOnRollback() {
        Analysis extra = Fixtures.analysis(Fixtures.article("x1", "2019-01-01", null, null, "عنوان", "نص الخبر"),
                List.of(), List.of());
        store.put(List.of(extra));
        assertThat(store.article("x1")).isEmpty();
        store.rollback();
        store.close();
        store = LuceneArchiveStore.open(dir, 16);
        assertThat(store.article("x1")).isEmpty();
        assertThat(store.stats().articles()).isEqualTo(3);
    }

    @Test
    void aSecondReaderSeesCommitsAfterRefresh() {
        try (LuceneArchiveStore reader = LuceneArchiveStore.open(dir, 16)) {
            assertThat(reader.stats().articles()).isEqualTo(3);
            store.put(List.of(Fixtures.analysis(Fixtures.article("x2", "2019-01-01", null, null, "عنوان", "نص"),
                    List.of(), List.of())));
            store.commit();
            assertThat(reader.stats().articles()).isEqualTo(3);
            reader.refresh();
            assertThat(reader.stats().articles()).isEqualTo(4);
            assertThatThrownBy(() -> reader.put(List.of()))
                    .isInstanceOf(org.marsad.index.ArchiveBusyException.class);
        }
    }
}
