package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.marsad.index.ArchiveStats;
import org.marsad.index.ArchiveStore;
import org.marsad.index.ArchivedArticle;
import org.marsad.index.ArticleFingerprint;
import org.marsad.index.EntityCount;
import org.marsad.index.EntityPage;
import org.marsad.index.EntityPageOptions;
import org.marsad.index.EntityRef;
import org.marsad.index.FacetValue;
import org.marsad.index.Facets;
import org.marsad.index.NameCount;
import org.marsad.index.Page;
import org.marsad.index.QuoteHit;
import org.marsad.index.QuoteQuery;
import org.marsad.index.SearchHit;
import org.marsad.index.SearchQuery;
import org.marsad.index.SearchResult;
import org.marsad.index.TimelineBucket;
import org.marsad.index.TimelineQuery;
import org.marsad.index.analysis.MarsadAnalyzer;
import org.marsad.index.lucene.ArchiveQueries;
import org.marsad.index.lucene.ArchiveSchema;
import org.marsad.index.lucene.SnippetFormatter;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The archive in an OpenSearch index, behind the same {@link ArchiveStore} contract as the embedded
 * Lucene store. Marsad stays the one analyzer: documents are the archive's own
 * ({@link ArchiveSchema#documents}), their text is analysed here and sent as terms
 * ({@link DocumentBridge}), queries are parsed here with the same analyzer and parser and sent as
 * term and span queries ({@link QueryTranslator}), and snippets are cut here with the same
 * highlighter and formatter. The server only stores, counts and ranks.
 *
 * <p>An article is one document, its quotes and entities more documents with ids
 * {@code <article id>#<n>}; re-putting an article overwrites them and deletes the ones it no longer has.
 * Writes are buffered into bulk requests and become visible at {@link #commit()} (a refresh); each bulk
 * request is durable when acknowledged (the translog), so a crash loses at most what was not yet sent.
 */
public final class OpenSearchArchiveStore implements ArchiveStore {
    /** The versioned index mapping shipped in this jar. */
    public static final String MAPPING = "/org/marsad/opensearch/archive-index-v1.json";
    private static final int FACET_SIZE = 10;
    private static final int SNIPPET_LENGTH = 180;
    private static final int SHARD_SIZE = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FACET_FIELDS = {"person", "organization", "place", "speaker_facet", "source", "category"};

    private final OpenSearchTransport transport;
    private final OpenSearchGenericClient client;
    private final String index;
    private final MarsadAnalyzer analyzer = new MarsadAnalyzer();
    private final ArchiveQueries queries = new ArchiveQueries(analyzer);
    private final DocumentBridge bridge = new DocumentBridge(analyzer);
    private final BulkWriter bulk;
    private final Object writeLock = new Object();
    /** Write order across runs (a label is taken from the first-written entity document, as in Lucene). */
    private long writeSeq = System.currentTimeMillis() * 1000;

    /**
     * @param settings where the cluster is and how to write to it
     */
    private OpenSearchArchiveStore(OpenSearchSettings settings) {
        try {
            HttpHost[] hosts = settings.urls().stream().map(u -> new HttpHost(u.getScheme(), u.getHost(),
                    u.getPort() < 0 ? 9200 : u.getPort())).toArray(HttpHost[]::new);
            this.transport = ApacheHttpClient5TransportBuilder.builder(hosts).setMapper(new JacksonJsonpMapper()).build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad OpenSearch address " + settings.urls() + ": " + e.getMessage(), e);
        }
        this.client = new OpenSearchGenericClient(transport);
        this.index = settings.index();
        this.bulk = new BulkWriter(client, index, settings.bulkBytes(), settings.maxRetries(), settings.retryPauseMillis());
    }

    /** Connects, creating the index (from {@link #MAPPING}) when it is not there yet. */
    public static OpenSearchArchiveStore open(OpenSearchSettings settings) {
        OpenSearchArchiveStore s = new OpenSearchArchiveStore(settings);
        try {
            s.createIndexIfMissing(settings.shards(), settings.replicas());
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void createIndexIfMissing(int shards, int replicas) {
        if (request("HEAD", "/" + index, null).status == 200) {
            return;
        }
        ObjectNode body;
        try (InputStream in = OpenSearchArchiveStore.class.getResourceAsStream(MAPPING)) {
            body = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode idx = (ObjectNode) body.path("settings").path("index");
        idx.put("number_of_shards", shards);
        idx.put("number_of_replicas", replicas);
        Reply r = request("PUT", "/" + index, body);
        if (r.status >= 300 && !r.body.toString().contains("resource_already_exists_exception")) {
            throw new UncheckedIOException(new IOException("cannot create index " + index + ": " + r.body));
        }
        request("GET", "/_cluster/health/" + index + "?wait_for_status=yellow&timeout=60s", null).ok();
    }

    // ---- writes ----

    @Override
    public void put(Collection<Analysis> analyses) {
        if (analyses.isEmpty()) {
            return;
        }
        synchronized (writeLock) {
            Map<String, Integer> old = blockSizes(analyses.stream().map(a -> a.article().id()).toList());
            for (Analysis a : analyses) {
                String id = a.article().id();
                List<Document> docs = ArchiveSchema.documents(a);
                for (int i = 0; i < docs.size(); i++) {
                    ObjectNode doc = bridge.convert(docs.get(i));
                    if (i == 0) {
                        doc.put("block", docs.size());
                    }
                    doc.put("wseq", writeSeq++);
                    bulk.index(docId(id, i), doc);
                }
                for (int i = docs.size(); i < old.getOrDefault(id, 0); i++) {
                    bulk.delete(docId(id, i));
                }
                // the same article twice in one batch: the second replaces what the first wrote
                old.put(id, docs.size());
            }
        }
    }

    private static String docId(String articleId, int n) {
        return n == 0 ? articleId : articleId + "#" + n;
    }

    /** How many documents each stored article has, as last written (sent or still pending). */
    private Map<String, Integer> blockSizes(List<String> ids) {
        bulk.flush();
        ObjectNode body = JSON.createObjectNode();
        ArrayNode arr = body.putArray("ids");
        ids.forEach(arr::add);
        JsonNode r = request("POST", "/" + index + "/_mget?_source_includes=block", body).ok();
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode d : r.path("docs")) {
            if (d.path("found").asBoolean()) {
                out.put(d.path("_id").asText(), d.path("_source").path("block").asInt(1));
            }
        }
        return out;
    }

    @Override
    public boolean delete(String articleId) {
        synchronized (writeLock) {
            Integer n = blockSizes(List.of(articleId)).get(articleId);
            if (n == null) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                bulk.delete(docId(articleId, i));
            }
            return true;
        }
    }

    @Override
    public void commit() {
        synchronized (writeLock) {
            bulk.flush();
            request("POST", "/" + index + "/_refresh", null).ok();
        }
    }

    /** Bulk operations sent again because the cluster was busy. */
    public long retriedOperations() {
        return bulk.retried();
    }

    @Override
    public Set<String> unchanged(Collection<Article> articles) {
        if (articles.isEmpty()) {
            return Set.of();
        }
        Map<String, String> byFingerprint = new HashMap<>();
        for (Article a : articles) {
            byFingerprint.put(ArticleFingerprint.of(a), a.id());
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", byFingerprint.size());
        body.putArray("_source").add("fp").add("aid");
        ObjectNode filter = body.putObject("query").putObject("bool").putArray("filter").addObject();
        ArrayNode fps = filter.putObject("terms").putArray("fp");
        byFingerprint.keySet().forEach(fps::add);
        Set<String> out = new HashSet<>();
        for (JsonNode h : search(body).path("hits").path("hits")) {
            String id = byFingerprint.get(h.path("_source").path("fp").asText());
            if (id != null && id.equals(h.path("_source").path("aid").asText())) {
                out.add(id);
            }
        }
        return out;
    }

    /** Searches always see the last refresh: nothing to reopen. */
    @Override
    public void refresh() {
    }

    // ---- queries: ArchiveQueries builds them for both stores, translated here to OpenSearch JSON ----

    private static Query kind(String kind) {
        return new TermQuery(new Term("kind", kind));
    }

    // ---- search ----

    @Override
    public SearchResult search(SearchQuery q) {
        Query highlightQuery = queries.articleText(q.text());
        ObjectNode body = JSON.createObjectNode();
        body.set("query", QueryTranslator.translate(queries.articles(q.text(), q.filters())));
        body.put("from", q.offset());
        body.put("size", q.limit());
        body.put("track_total_hits", true);
        body.putArray("_source").add("aid").add("title__raw").add("text__raw").add("published").add("source")
                .add("category").add("url");
        ArrayNode sort = body.putArray("sort");
        switch (q.sort()) {
            case RELEVANCE -> sort.add("_score");
            case NEWEST -> sort.addObject().putObject("day").put("order", "desc").put("missing", "_last");
            case OLDEST -> sort.addObject().putObject("day").put("order", "asc").put("missing", "_last");
        }
        if (q.facets()) {
            ObjectNode aggs = body.putObject("aggs");
            for (String f : FACET_FIELDS) {
                terms(aggs, f, f, FACET_SIZE);
            }
            histogram(aggs, "years", TimelineQuery.Interval.YEAR);
        }
        JsonNode r = search(body);
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode h : r.path("hits").path("hits")) {
            JsonNode s = h.path("_source");
            SnippetFormatter.Snippet sn = snippet(highlightQuery, text(s, "title__raw"), text(s, "text__raw"));
            float score = h.path("_score").isNumber() ? (float) h.path("_score").asDouble() : 0f;
            hits.add(new SearchHit(s.path("aid").asText(), text(s, "title__raw"), date(text(s, "published")),
                    text(s, "source"), text(s, "category"), text(s, "url"), score, sn.text(), sn.highlights()));
        }
        Page<SearchHit> page = new Page<>(hits, r.path("hits").path("total").path("value").asLong(), q.offset(), q.limit());
        return new SearchResult(page, q.facets() ? facets(r.path("aggregations")) : null);
    }

    private Facets facets(JsonNode aggs) {
        List<List<FacetValue>> dims = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            for (JsonNode b : aggs.path(FACET_FIELDS[i]).path("buckets")) {
                String v = b.path("key").asText();
                keys.add(i < 3 ? v : v.startsWith("k:") ? v.substring(2) : null);
            }
        }
        keys.remove(null);
        Map<String, Label> labels = labels(keys);
        for (int i = 0; i < FACET_FIELDS.length; i++) {
            List<FacetValue> values = new ArrayList<>();
            for (JsonNode b : aggs.path(FACET_FIELDS[i]).path("buckets")) {
                String v = b.path("key").asText();
                long n = b.path("doc_count").asLong();
                if (i < 3) {
                    values.add(new FacetValue(v, label(labels, v).name, n));
                } else if (i == 3) {
                    EntityCount sp = speaker(labels, v, n);
                    values.add(new FacetValue(sp.key() != null ? sp.key() : sp.name(), sp.name(), n));
                } else {
                    values.add(new FacetValue(v, v, n));
                }
            }
            dims.add(values);
        }
        List<FacetValue> years = new ArrayList<>();
        List<TimelineBucket> periods = buckets(aggs.path("years"));
        for (int i = periods.size() - 1; i >= 0; i--) {
            years.add(new FacetValue(periods.get(i).period(), periods.get(i).period(), periods.get(i).count()));
        }
        return new Facets(dims.get(0), dims.get(1), dims.get(2), dims.get(3), dims.get(4), dims.get(5), years);
    }

    private SnippetFormatter.Snippet snippet(Query highlightQuery, String title, String text) {
        if (highlightQuery != null) {
            UnifiedHighlighter h = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                    .withFormatter(new SnippetFormatter())
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
                    .withMaxNoHighlightPassages(0)
                    .build();
            for (String[] f : new String[][] {{"text", text}, {"title", title}}) {
                if (f[1] == null || f[1].isEmpty()) {
                    continue;
                }
                try {
                    Object o = h.highlightWithoutSearcher(f[0], highlightQuery, f[1], 1);
                    if (o instanceof SnippetFormatter.Snippet sn && !sn.highlights().isEmpty()) {
                        return sn;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new SnippetFormatter.Snippet(lead(text == null ? "" : text), List.of());
    }

    /** The opening of a text, cut at a word boundary near the snippet length (as the Lucene store does). */
    static String lead(String text) {
        String t = text.strip().replace('\n', ' ');
        if (t.length() <= SNIPPET_LENGTH) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SNIPPET_LENGTH);
        return t.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + " …";
    }

    @Override
    public Optional<ArchivedArticle> article(String id) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 1);
        body.putArray("_source").add("json");
        ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
        filter.addObject().putObject("ids").putArray("values").add(id);
        filter.addObject().putObject("term").put("kind", "a");
        JsonNode hits = search(body).path("hits").path("hits");
        return hits.isEmpty() ? Optional.empty()
                : Optional.of(new ArchivedArticle(id, hits.get(0).path("_source").path("json").asText()));
    }

    // ---- quotes ----

    @Override
    public Page<QuoteHit> quotes(QuoteQuery q) {
        return quotePage(queries.quotes(q), q.offset(), q.limit());
    }

    private Page<QuoteHit> quotePage(Query query, int offset, int limit) {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", QueryTranslator.translate(query));
        body.put("from", offset);
        body.put("size", limit);
        body.put("track_total_hits", true);
        body.putArray("_source").add("aid").add("published").add("source").add("q_hit");
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject("day").put("order", "desc").put("missing", "_last");
        sort.addObject().putObject("aid").put("order", "asc");
        JsonNode r = search(body);
        List<QuoteHit> hits = new ArrayList<>();
        for (JsonNode h : r.path("hits").path("hits")) {
            hits.add(quoteHit(h.path("_source")));
        }
        return new Page<>(hits, r.path("hits").path("total").path("value").asLong(), offset, limit);
    }

    private static QuoteHit quoteHit(JsonNode s) {
        JsonNode h;
        try {
            h = JSON.readTree(s.path("q_hit").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<EntityRef> about = new ArrayList<>();
        for (JsonNode a : h.path("about")) {
            about.add(new EntityRef(a.path("key").asText(), a.path("type").asText(), a.path("name").asText()));
        }
        return new QuoteHit(s.path("aid").asText(), text(h, "title"), date(text(s, "published")), text(s, "source"),
                text(h, "speakerKey"), text(h, "speakerName"), text(h, "speakerKind"), text(h, "cue"), text(h, "content"),
                h.path("direct").asBoolean(), text(h, "stance"), text(h, "via"), text(h, "field"), h.path("start").asInt(),
                h.path("end").asInt(), about);
    }

    // ---- entities ----

    @Override
    public Optional<EntityPage> entity(String key, EntityPageOptions o) {
        Query entityDocs = new BooleanQuery.Builder().add(new TermQuery(new Term("e_key", key)), Occur.FILTER)
                .add(kind("e"), Occur.FILTER).build();
        ObjectNode body = countBody(entityDocs);
        ObjectNode aggs = body.putObject("aggs");
        terms(aggs, "names", "e_name", 20);
        terms(aggs, "titles", "e_title", 20);
        terms(aggs, "latin", "e_latin", 1);
        aggs.putObject("mentions").putObject("sum").put("field", "e_mentions");
        histogram(aggs, "timeline", o.interval());
        JsonNode c = search(body);
        if (c.path("hits").path("total").path("value").asLong() == 0) {
            return Optional.empty();
        }
        JsonNode ca = c.path("aggregations");
        List<NameCount> names = nameCounts(ca.path("names"));
        List<NameCount> titles = nameCounts(ca.path("titles"));
        List<NameCount> latins = nameCounts(ca.path("latin"));
        List<TimelineBucket> timeline = buckets(ca.path("timeline"));

        Query cooc = new BooleanQuery.Builder().add(new TermQuery(new Term("entity", key)), Occur.MUST)
                .add(kind("a"), Occur.FILTER).build();
        ObjectNode cb = countBody(cooc);
        ObjectNode caggs = cb.putObject("aggs");
        for (String f : new String[] {"person", "organization", "place", "misc"}) {
            terms(caggs, f, f, o.related() + 1);
        }
        JsonNode cr = search(cb);
        Query quotesAbout = new BooleanQuery.Builder().add(kind("q"), Occur.FILTER)
                .add(new TermQuery(new Term("q_about", key)), Occur.FILTER).build();
        ObjectNode qbBody = countBody(quotesAbout);
        terms(qbBody.putObject("aggs"), "s", "speaker_facet", Math.max(1, o.related()));
        JsonNode qb = search(qbBody);
        Query ownQuotes = new BooleanQuery.Builder().add(kind("q"), Occur.FILTER)
                .add(new TermQuery(new Term("speaker", key)), Occur.FILTER).build();
        ObjectNode taBody = countBody(ownQuotes);
        terms(taBody.putObject("aggs"), "a", "q_about", o.related() + 1);
        JsonNode ta = search(taBody);

        Set<String> keys = new HashSet<>();
        keys.add(key);
        for (String f : new String[] {"person", "organization", "place", "misc"}) {
            cr.path("aggregations").path(f).path("buckets").forEach(b -> keys.add(b.path("key").asText()));
        }
        qb.path("aggregations").path("s").path("buckets").forEach(b -> {
            String v = b.path("key").asText();
            if (v.startsWith("k:")) {
                keys.add(v.substring(2));
            }
        });
        ta.path("aggregations").path("a").path("buckets").forEach(b -> keys.add(b.path("key").asText()));
        Map<String, Label> labels = labels(keys);

        List<EntityCount> cooccurring = new ArrayList<>();
        for (String f : new String[] {"person", "organization", "place", "misc"}) {
            for (JsonNode b : cr.path("aggregations").path(f).path("buckets")) {
                String k = b.path("key").asText();
                if (!k.equals(key)) {
                    Label l = label(labels, k);
                    cooccurring.add(new EntityCount(k, l.type, l.name, l.latin, b.path("doc_count").asLong()));
                }
            }
        }
        cooccurring.sort(Comparator.comparingLong(EntityCount::count).reversed());
        cooccurring = new ArrayList<>(cooccurring.subList(0, Math.min(o.related(), cooccurring.size())));
        List<EntityCount> quotedBy = new ArrayList<>();
        if (o.related() > 0) {
            for (JsonNode b : qb.path("aggregations").path("s").path("buckets")) {
                quotedBy.add(speaker(labels, b.path("key").asText(), b.path("doc_count").asLong()));
            }
        }
        List<EntityCount> talksAbout = new ArrayList<>();
        for (JsonNode b : ta.path("aggregations").path("a").path("buckets")) {
            String k = b.path("key").asText();
            if (!k.equals(key) && talksAbout.size() < o.related()) {
                Label l = label(labels, k);
                talksAbout.add(new EntityCount(k, l.type, l.name, l.latin, b.path("doc_count").asLong()));
            }
        }
        Page<QuoteHit> quotes = quotePage(ownQuotes, o.quoteOffset(), o.quoteLimit());
        Label ref = label(labels, key);
        String name = names.isEmpty() ? ref.name : names.get(0).text();
        return Optional.of(new EntityPage(key, ref.type, name, latins.isEmpty() ? null : latins.get(0).text(), names,
                titles, cr.path("hits").path("total").path("value").asLong(),
                (long) ca.path("mentions").path("value").asDouble(), timeline, quotes, cooccurring, quotedBy, talksAbout));
    }

    @Override
    public List<EntityCount> suggestEntities(String prefix, int limit) {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + SearchQuery.MAX_LIMIT + ", was " + limit);
        }
        String p = prefix == null ? "" : ArchiveSchema.nameTerm(prefix);
        Query q = new BooleanQuery.Builder()
                .add(p.isEmpty() ? new MatchAllDocsQuery() : new PrefixQuery(new Term("e_prefix", p)), Occur.FILTER)
                .add(kind("e"), Occur.FILTER).build();
        ObjectNode body = countBody(q);
        terms(body.putObject("aggs"), "k", "e_key", limit);
        JsonNode r = search(body);
        Set<String> keys = new HashSet<>();
        r.path("aggregations").path("k").path("buckets").forEach(b -> keys.add(b.path("key").asText()));
        Map<String, Label> labels = labels(keys);
        List<EntityCount> out = new ArrayList<>();
        for (JsonNode b : r.path("aggregations").path("k").path("buckets")) {
            String k = b.path("key").asText();
            Label l = label(labels, k);
            out.add(new EntityCount(k, l.type, l.name, l.latin, b.path("doc_count").asLong()));
        }
        return out;
    }

    @Override
    public List<TimelineBucket> timeline(TimelineQuery q) {
        ObjectNode body = countBody(queries.articles(q.text(), q.filters()));
        histogram(body.putObject("aggs"), "t", q.interval());
        return buckets(search(body).path("aggregations").path("t"));
    }

    @Override
    public ArchiveStats stats() {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        ObjectNode aggs = body.putObject("aggs");
        terms(aggs, "kinds", "kind", 3);
        ObjectNode dated = aggs.putObject("articles");
        dated.putObject("filter").putObject("term").put("kind", "a");
        ObjectNode sub = dated.putObject("aggs");
        sub.putObject("first").putObject("min").put("field", "day");
        sub.putObject("last").putObject("max").put("field", "day");
        JsonNode r = search(body).path("aggregations");
        Map<String, Long> kinds = new HashMap<>();
        r.path("kinds").path("buckets").forEach(b -> kinds.put(b.path("key").asText(), b.path("doc_count").asLong()));
        JsonNode first = r.path("articles").path("first").path("value");
        JsonNode last = r.path("articles").path("last").path("value");
        long size = request("GET", "/" + index + "/_stats/store", null).ok()
                .path("_all").path("total").path("store").path("size_in_bytes").asLong();
        return new ArchiveStats(kinds.getOrDefault("a", 0L), kinds.getOrDefault("q", 0L), kinds.getOrDefault("e", 0L), size,
                first.isNumber() ? LocalDate.ofEpochDay((long) first.asDouble()) : null,
                last.isNumber() ? LocalDate.ofEpochDay((long) last.asDouble()) : null);
    }

    @Override
    public void close() {
        try {
            synchronized (writeLock) {
                bulk.flush();
            }
        } finally {
            try {
                transport.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Removes the index and everything in it (tests, benchmarks). */
    public void dropIndex() {
        request("DELETE", "/" + index, null);
    }

    // ---- helpers ----

    private record Label(String type, String name, String latin) {
    }

    /** Type, display name and Latin name of entity keys, from one entity document each (the first written). */
    private Map<String, Label> labels(Set<String> keys) {
        Map<String, Label> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        ObjectNode filter = body.putObject("query").putObject("bool").putArray("filter").addObject();
        ArrayNode terms = filter.putObject("terms").putArray("e_key");
        keys.forEach(terms::add);
        ObjectNode by = body.putObject("aggs").putObject("k");
        by.putObject("terms").put("field", "e_key").put("size", keys.size());
        ObjectNode top = by.putObject("aggs").putObject("top").putObject("top_hits");
        top.put("size", 1);
        top.putArray("_source").add("e_type").add("e_name").add("e_latin");
        top.putArray("sort").addObject().putObject("wseq").put("order", "asc");
        for (JsonNode b : search(body).path("aggregations").path("k").path("buckets")) {
            JsonNode s = b.path("top").path("hits").path("hits").path(0).path("_source");
            out.put(b.path("key").asText(), new Label(text(s, "e_type"), text(s, "e_name"), text(s, "e_latin")));
        }
        return out;
    }

    private static Label label(Map<String, Label> labels, String key) {
        Label l = labels.get(key);
        return l != null ? l : new Label(null, key, null);
    }

    private static EntityCount speaker(Map<String, Label> labels, String facet, long count) {
        if (facet.startsWith("k:")) {
            String k = facet.substring(2);
            Label l = label(labels, k);
            return new EntityCount(k, l.type, l.name, l.latin, count);
        }
        return new EntityCount(null, null, facet.substring(2), null, count);
    }

    /**
     * A terms aggregation. Each shard reports its top {@value #SHARD_SIZE} values, so counts are exact
     * while a shard holds fewer distinct values than that, and may run low past it (OpenSearch's
     * documented approximation; the embedded store always counts exactly).
     */
    private static void terms(ObjectNode aggs, String name, String field, int size) {
        aggs.putObject(name).putObject("terms").put("field", field).put("size", size)
                .put("shard_size", Math.max(SHARD_SIZE, size));
    }

    private static ObjectNode countBody(Query q) {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", QueryTranslator.translate(q));
        body.put("size", 0);
        body.put("track_total_hits", true);
        return body;
    }

    private static void histogram(ObjectNode aggs, String name, TimelineQuery.Interval interval) {
        ObjectNode h = aggs.putObject(name).putObject("date_histogram");
        h.put("field", "date");
        h.put("calendar_interval", switch (interval) {
            case YEAR -> "year";
            case MONTH -> "month";
            case DAY -> "day";
        });
        h.put("format", switch (interval) {
            case YEAR -> "yyyy";
            case MONTH -> "yyyy-MM";
            case DAY -> "yyyy-MM-dd";
        });
        h.put("min_doc_count", 1);
    }

    private static List<TimelineBucket> buckets(JsonNode agg) {
        List<TimelineBucket> out = new ArrayList<>();
        for (JsonNode b : agg.path("buckets")) {
            out.add(new TimelineBucket(b.path("key_as_string").asText(), b.path("doc_count").asLong()));
        }
        return out;
    }

    private static List<NameCount> nameCounts(JsonNode agg) {
        List<NameCount> out = new ArrayList<>();
        for (JsonNode b : agg.path("buckets")) {
            out.add(new NameCount(b.path("key").asText(), b.path("doc_count").asLong()));
        }
        return out;
    }

    private JsonNode search(ObjectNode body) {
        return request("POST", "/" + index + "/_search", body).ok();
    }

    private record Reply(int status, JsonNode body, String what) {
        JsonNode ok() {
            if (status >= 300) {
                throw new UncheckedIOException(new IOException("OpenSearch answered " + status + " to " + what + ": "
                        + body.toString().substring(0, Math.min(800, body.toString().length()))));
            }
            return body;
        }
    }

    private Reply request(String method, String endpoint, JsonNode body) {
        String path = endpoint;
        Map<String, String> params = new HashMap<>();
        int q = endpoint.indexOf('?');
        if (q >= 0) {
            path = endpoint.substring(0, q);
            for (String kv : endpoint.substring(q + 1).split("&")) {
                int eq = kv.indexOf('=');
                params.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        Body b = body == null ? null : Body.from(body.toString().getBytes(StandardCharsets.UTF_8), "application/json");
        try (Response r = client.execute(Requests.create(method, path, List.of(), params, b))) {
            String text = r.getBody().map(Body::bodyAsString).orElse("");
            JsonNode json = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            return new Reply(r.getStatus(), json, method + " " + endpoint);
        } catch (org.opensearch.client.transport.httpclient5.ResponseException e) {
            // the transport raises error statuses instead of returning them
            // its message is the status line, then the response body
            String m = e.getMessage() == null ? "" : e.getMessage();
            String text = m.indexOf('\n') < 0 ? "" : m.substring(m.indexOf('\n') + 1);
            JsonNode json;
            try {
                json = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            } catch (IOException je) {
                json = JSON.createObjectNode().put("error", text);
            }
            return new Reply(e.status(), json, method + " " + endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch request " + method + " " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
