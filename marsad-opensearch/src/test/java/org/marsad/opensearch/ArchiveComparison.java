package org.marsad.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.index.ArchiveStats;
import org.marsad.index.ArchiveStore;
import org.marsad.index.EntityPage;
import org.marsad.index.EntityPageOptions;
import org.marsad.index.FacetValue;
import org.marsad.index.Filters;
import org.marsad.index.QuoteQuery;
import org.marsad.index.SearchHit;
import org.marsad.index.SearchQuery;
import org.marsad.index.SearchResult;
import org.marsad.index.TimelineQuery;

/**
 * Asks two archive stores the same questions and asserts the same answers: hits (ids and totals, in
 * date order), facets with labels and counts, quotes, entity pages, suggestions, timelines and
 * statistics. Relevance scores and the order of equal-dated quotes are the engines' own and are not
 * compared.
 */
final class ArchiveComparison {
    private final ArchiveStore expected;
    private final ArchiveStore actual;
    int checks;

    ArchiveComparison(ArchiveStore expected, ArchiveStore actual) {
        this.expected = expected;
        this.actual = actual;
    }

    /** Compares searches for {@code text} alone, then narrowed by its own top facet values. */
    void search(String text) {
        SearchQuery q = new SearchQuery(text, Filters.NONE, SearchQuery.Sort.NEWEST, 0, 100, true);
        SearchResult e = sameSearch(q);
        Facets f = new Facets(e);
        if (f.person != null) {
            sameSearch(q.withFilters(Filters.NONE.withEntities(List.of(f.person))));
        }
        if (f.speaker != null) {
            sameSearch(q.withFilters(Filters.NONE.withSpeakers(List.of(f.speaker))));
        }
        if (f.source != null) {
            sameSearch(q.withFilters(Filters.NONE.withSources(List.of(f.source)).withDates(LocalDate.of(2016, 1, 1), null)));
        }
        sameSearch(q.withSort(SearchQuery.Sort.OLDEST).withPage(3, 7).withFacets(false));
        // relevance: the same matches; the order is each engine's scoring
        SearchQuery r = new SearchQuery(text, Filters.NONE, SearchQuery.Sort.RELEVANCE, 0, 100, false);
        SearchResult er = expected.search(r);
        SearchResult ar = actual.search(r);
        assertThat(ar.hits().total()).as("relevance total of " + text).isEqualTo(er.hits().total());
        if (er.hits().total() <= 100) {
            assertThat(ids(ar)).as("relevance hits of " + text).containsExactlyInAnyOrderElementsOf(ids(er));
        }
        sameTimeline(new TimelineQuery(text, Filters.NONE, TimelineQuery.Interval.MONTH));
        checks++;
    }

    private record Facets(String person, String speaker, String source) {
        Facets(SearchResult r) {
            this(first(r.facets().persons()), first(r.facets().speakers()), first(r.facets().sources()));
        }

        static String first(List<FacetValue> v) {
            return v.isEmpty() ? null : v.get(0).value();
        }
    }

    private SearchResult sameSearch(SearchQuery q) {
        SearchResult e = expected.search(q);
        SearchResult a = actual.search(q);
        String what = "search " + q;
        assertThat(a.hits().total()).as(what + ": total").isEqualTo(e.hits().total());
        assertThat(a.hits().items().stream().map(h -> String.valueOf(h.published())).toList()).as(what + ": dates")
                .isEqualTo(e.hits().items().stream().map(h -> String.valueOf(h.published())).toList());
        List<Set<String>> ed = dated(e);
        List<Set<String>> ad = dated(a);
        assertThat(ad.stream().map(Set::size).toList()).as(what + ": hits per day").isEqualTo(ed.stream().map(Set::size).toList());
        // a page may cut through a day's articles, which each engine orders its own way
        boolean cut = q.offset() > 0 || e.hits().total() > e.hits().items().size();
        for (int i = 0; i < ed.size(); i++) {
            if (!cut || (i > 0 && i < ed.size() - 1)) {
                assertThat(ad.get(i)).as(what + ": hits").isEqualTo(ed.get(i));
            }
        }
        java.util.Map<String, SearchHit> byId = new java.util.HashMap<>();
        a.hits().items().forEach(h -> byId.put(h.id(), h));
        for (SearchHit eh : e.hits().items()) {
            SearchHit ah = byId.get(eh.id());
            if (ah == null) {
                continue;
            }
            assertThat(List.of(ah.title(), String.valueOf(ah.published()), String.valueOf(ah.source()),
                    String.valueOf(ah.category()), String.valueOf(ah.url())))
                    .isEqualTo(List.of(eh.title(), String.valueOf(eh.published()), String.valueOf(eh.source()),
                            String.valueOf(eh.category()), String.valueOf(eh.url())));
            // the same highlighter on the same text: a highlighted snippet on one side means one on the other
            assertThat(ah.highlights().isEmpty()).as(what + ": highlights of " + eh.id()).isEqualTo(eh.highlights().isEmpty());
            for (SearchHit.Highlight h : ah.highlights()) {
                assertThat(h.end()).isLessThanOrEqualTo(ah.snippet().length());
            }
        }
        if (e.facets() != null) {
            assertThat(a.facets()).as(what + ": facets").isEqualTo(e.facets());
        }
        checks++;
        return e;
    }

    /** Hit ids grouped by publication day: equal days may come in either engine's order. */
    private static List<Set<String>> dated(SearchResult r) {
        List<Set<String>> out = new ArrayList<>();
        LocalDate last = null;
        boolean first = true;
        for (SearchHit h : r.hits().items()) {
            if (first || !java.util.Objects.equals(h.published(), last)) {
                out.add(new HashSet<>());
                first = false;
            }
            out.get(out.size() - 1).add(h.id());
            last = h.published();
        }
        return out;
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().items().stream().map(SearchHit::id).toList();
    }

    void sameTimeline(TimelineQuery q) {
        assertThat(actual.timeline(q)).as("timeline " + q).isEqualTo(expected.timeline(q));
    }

    void quotes(QuoteQuery q) {
        var e = expected.quotes(q);
        var a = actual.quotes(q);
        assertThat(a.total()).as("quotes " + q).isEqualTo(e.total());
        if (e.total() <= q.limit()) {
            assertThat(a.items()).as("quotes " + q).containsExactlyInAnyOrderElementsOf(e.items());
        }
        checks++;
    }

    void entity(String key) {
        EntityPageOptions o = new EntityPageOptions(TimelineQuery.Interval.MONTH, 0, 100, 15);
        EntityPage e = expected.entity(key, o).orElseThrow();
        EntityPage a = actual.entity(key, o).orElseThrow();
        assertThat(List.of(a.key(), String.valueOf(a.type()), a.name(), String.valueOf(a.latin())))
                .isEqualTo(List.of(e.key(), String.valueOf(e.type()), e.name(), String.valueOf(e.latin())));
        assertThat(a.names()).as("names of " + key).isEqualTo(e.names());
        assertThat(a.titles()).as("titles of " + key).isEqualTo(e.titles());
        assertThat(a.articles()).as("articles of " + key).isEqualTo(e.articles());
        assertThat(a.mentions()).as("mentions of " + key).isEqualTo(e.mentions());
        assertThat(a.timeline()).as("timeline of " + key).isEqualTo(e.timeline());
        assertThat(a.cooccurring()).as("co-occurring with " + key).isEqualTo(e.cooccurring());
        assertThat(a.quotedBy()).as("quoted by, of " + key).isEqualTo(e.quotedBy());
        assertThat(a.talksAbout()).as("talks about, of " + key).isEqualTo(e.talksAbout());
        assertThat(a.quotes().total()).isEqualTo(e.quotes().total());
        if (e.quotes().total() <= 100) {
            assertThat(a.quotes().items()).containsExactlyInAnyOrderElementsOf(e.quotes().items());
        }
        checks++;
    }

    void suggest(String prefix) {
        assertThat(actual.suggestEntities(prefix, 10)).as("suggestions for " + prefix)
                .isEqualTo(expected.suggestEntities(prefix, 10));
        checks++;
    }

    void stats() {
        ArchiveStats e = expected.stats();
        ArchiveStats a = actual.stats();
        assertThat(List.of(a.articles(), a.quotes(), a.entityMentions())).isEqualTo(List.of(e.articles(), e.quotes(),
                e.entityMentions()));
        assertThat(a.firstPublished()).isEqualTo(e.firstPublished());
        assertThat(a.lastPublished()).isEqualTo(e.lastPublished());
        assertThat(a.sizeBytes()).isPositive();
        checks++;
    }

    void article(String id) {
        assertThat(actual.article(id)).as("article " + id).isEqualTo(expected.article(id));
        checks++;
    }
}
