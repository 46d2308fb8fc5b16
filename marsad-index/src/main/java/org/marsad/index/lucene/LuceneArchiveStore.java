package org.marsad.index.lucene;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.marsad.index.ArchiveBusyException;
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
import org.marsad.io.AnalysisJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;

/**
 * The archive in an embedded Lucene index in one directory. Each article is one block of documents
 * replaced atomically by id; a commit is Lucene's, so a crash leaves the last commit intact. Readers
 * go through a {@link SearcherManager} and see other processes' commits after {@link #refresh()}.
 * The index writer (and its lock) is taken on the first write and given back by {@link #release()}
 * or {@link #close()}, so a server can read while a separate ingest writes.
 */
public final class LuceneArchiveStore implements ArchiveStore {
    private static final int FACET_SIZE = 10;
    private static final int SNIPPET_LENGTH = 180;

    private final Path dir;
    private final Directory directory;
    private final MarsadAnalyzer analyzer = new MarsadAnalyzer();
    private final ArchiveQueries queries = new ArchiveQueries(analyzer);
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    private volatile IndexWriter writer;
    private volatile GlobalOrdinals ordinals;
    private final Map<Object, Map<String, Label>> labels = new ConcurrentHashMap<>();

    /** How an entity key is shown: from one of its entity documents. */
    private record Label(String key, String type, String name, String latin) {
        EntityCount count(long n) {
            return new EntityCount(key, type, name, latin, n);
        }
    }
    private final double ramBufferMb;

    private LuceneArchiveStore(Path dir, Directory directory, double ramBufferMb) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.ramBufferMb = ramBufferMb;
        this.searchers = new SearcherManager(directory, new SearcherFactory());
    }

    /** Opens (creating if needed) the archive in {@code dir}. */
    public static LuceneArchiveStore open(Path dir) {
        return open(dir, 256);
    }

    public static LuceneArchiveStore open(Path dir, double ramBufferMb) {
        try {
            Files.createDirectories(dir);
            Directory d = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(d)) {
                try (IndexWriter w = new IndexWriter(d, config(new MarsadAnalyzer(), ramBufferMb))) {
                    w.commit();
                } catch (LockObtainFailedException e) {
                    // another process is creating it right now; its first commit comes at once
                    waitForIndex(d);
                }
            }
            return new LuceneArchiveStore(dir, d, ramBufferMb);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the archive in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void waitForIndex(Directory d) throws IOException {
        for (int i = 0; i < 50 && !DirectoryReader.indexExists(d); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static IndexWriterConfig config(MarsadAnalyzer analyzer, double ramBufferMb) {
        IndexWriterConfig c = new IndexWriterConfig(analyzer);
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        c.setRAMBufferSizeMB(ramBufferMb);
        c.setCommitOnClose(false);
        return c;
    }

    public Path directory() {
        return dir;
    }

    public MarsadAnalyzer analyzer() {
        return analyzer;
    }

    private IndexWriter writer() {
        IndexWriter w = writer;
        if (w != null) {
            return w;
        }
        synchronized (writeLock) {
            if (writer == null) {
                try {
                    writer = new IndexWriter(directory, config(analyzer, ramBufferMb));
                } catch (LockObtainFailedException e) {
                    throw new ArchiveBusyException("another process is writing to the archive in " + dir
                            + " (a running 'marsad ingest' or server ingest); try again when it has finished");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return writer;
        }
    }

    // ---- writes ----

    @Override
    public void put(Collection<Analysis> analyses) {
        IndexWriter w = writer();
        try {
            for (Analysis a : analyses) {
                w.updateDocuments(new Term(ArchiveSchema.AID, a.article().id()), ArchiveSchema.documents(a));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean delete(String articleId) {
        boolean existed = count(articleQuery(new TermQuery(new Term(ArchiveSchema.AID, articleId)))) > 0;
        try {
            writer().deleteDocuments(new Term(ArchiveSchema.AID, articleId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return existed;
    }

    @Override
    public void commit() {
        IndexWriter w = writer;
        if (w == null) {
            return;
        }
        try {
            w.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits and gives the writer and its lock back, so another process may write. */
    @Override
    public void release() {
        synchronized (writeLock) {
            IndexWriter w = writer;
            if (w == null) {
                return;
            }
            try {
                w.commit();
                w.close();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                writer = null;
            }
        }
    }

    /** Drops everything written since the last commit (a writer that is not committed loses nothing durable). */
    public void rollback() {
        synchronized (writeLock) {
            IndexWriter w = writer;
            writer = null;
            if (w != null) {
                try {
                    w.rollback();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    @Override
    public Set<String> unchanged(Collection<Article> articles) {
        return withSearcher(s -> {
            Set<String> out = new HashSet<>();
            for (Article a : articles) {
                if (s.count(new TermQuery(new Term(ArchiveSchema.FINGERPRINT, ArticleFingerprint.of(a)))) > 0) {
                    out.add(a.id());
                }
            }
            return out;
        });
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- reads ----

    @FunctionalInterface
    private interface SearchFn<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearchFn<T> fn) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return fn.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GlobalOrdinals ordinals(IndexSearcher s) {
        GlobalOrdinals o = ordinals;
        if (o == null || o.reader() != s.getIndexReader()) {
            synchronized (this) {
                o = ordinals;
                if (o == null || o.reader() != s.getIndexReader()) {
                    o = new GlobalOrdinals(s.getIndexReader());
                    if (ordinals != null) {
                        labels.remove(ordinals.reader());
                    }
                    ordinals = o;
                }
            }
        }
        return o;
    }

    private long count(Query q) {
        return withSearcher(s -> (long) s.count(q));
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(ArchiveSchema.KIND, kind));
    }

    private static Query articleQuery(Query q) {
        return new BooleanQuery.Builder().add(q, Occur.MUST).add(kind(ArchiveSchema.ARTICLE), Occur.FILTER).build();
    }

    private static final String[] FACET_FIELDS = {"person", "organization", "place", ArchiveSchema.SPEAKER_FACET,
        ArchiveSchema.SOURCE, ArchiveSchema.CATEGORY};

    @Override
    public SearchResult search(SearchQuery q) {
        Query query = queries.articles(q.text(), q.filters());
        Query highlightQuery = queries.articleText(q.text());
        return withSearcher(s -> {
            int n = Math.max(1, q.offset() + q.limit());
            TopDocs top;
            ValueCounter.Counts counts = null;
            var topManager = q.sort() == SearchQuery.Sort.RELEVANCE
                    ? new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE)
                    : new TopFieldCollectorManager(new Sort(new SortField(ArchiveSchema.DAY, SortField.Type.LONG,
                            q.sort() == SearchQuery.Sort.NEWEST)), n, null, Integer.MAX_VALUE);
            if (q.facets()) {
                GlobalOrdinals go = ordinals(s);
                List<GlobalOrdinals.Field> fields = new ArrayList<>();
                for (String f : FACET_FIELDS) {
                    fields.add(go.field(f));
                }
                Object[] r = s.search(query, new MultiCollectorManager(topManager,
                        new ValueCounter(fields, TimelineQuery.Interval.YEAR, null)));
                top = (TopDocs) r[0];
                counts = (ValueCounter.Counts) r[1];
            } else {
                top = s.search(query, topManager);
            }
            ScoreDoc[] docs = top.scoreDocs;
            int from = Math.min(q.offset(), docs.length);
            int to = Math.min(docs.length, q.offset() + q.limit());
            int[] ids = new int[to - from];
            for (int i = from; i < to; i++) {
                ids[i - from] = docs[i].doc;
            }
            SnippetFormatter.Snippet[] snippets = snippets(s, highlightQuery, ids);
            StoredFields stored = s.storedFields();
            List<SearchHit> hits = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                Document d = stored.document(ids[i], Set.of(ArchiveSchema.AID, ArchiveSchema.TITLE,
                        ArchiveSchema.PUBLISHED, ArchiveSchema.SOURCE, ArchiveSchema.CATEGORY, ArchiveSchema.URL));
                SnippetFormatter.Snippet sn = snippets[i];
                hits.add(new SearchHit(d.get(ArchiveSchema.AID), d.get(ArchiveSchema.TITLE),
                        date(d.get(ArchiveSchema.PUBLISHED)), d.get(ArchiveSchema.SOURCE), d.get(ArchiveSchema.CATEGORY),
                        d.get(ArchiveSchema.URL), Float.isNaN(docs[from + i].score) ? 0f : docs[from + i].score,
                        sn.text(), sn.highlights()));
            }
            Page<SearchHit> page = new Page<>(hits, top.totalHits.value, q.offset(), q.limit());
            return new SearchResult(page, counts == null ? null : facets(s, counts));
        });
    }

    private Facets facets(IndexSearcher s, ValueCounter.Counts c) throws IOException {
        List<List<FacetValue>> dims = new ArrayList<>();
        for (int i = 0; i < FACET_FIELDS.length; i++) {
            List<FacetValue> values = new ArrayList<>();
            for (Map.Entry<String, Long> e : c.top(i, FACET_SIZE)) {
                String v = e.getKey();
                if (i < 3) {
                    values.add(new FacetValue(v, label(s, v).name(), e.getValue()));
                } else if (i == 3) {
                    EntityCount sp = decodeSpeaker(s, v, e.getValue());
                    values.add(new FacetValue(sp.key() != null ? sp.key() : sp.name(), sp.name(), e.getValue()));
                } else {
                    values.add(new FacetValue(v, v, e.getValue()));
                }
            }
            dims.add(values);
        }
        List<FacetValue> years = new ArrayList<>();
        List<Map.Entry<String, Long>> periods = c.periods();
        for (int i = periods.size() - 1; i >= 0; i--) {
            years.add(new FacetValue(periods.get(i).getKey(), periods.get(i).getKey(), periods.get(i).getValue()));
        }
        return new Facets(dims.get(0), dims.get(1), dims.get(2), dims.get(3), dims.get(4), dims.get(5), years);
    }

    private EntityCount decodeSpeaker(IndexSearcher s, String facet, long count) throws IOException {
        if (facet.startsWith("k:")) {
            return label(s, facet.substring(2)).count(count);
        }
        return new EntityCount(null, null, facet.substring(2), null, count);
    }

    /** Type, a display name and the Latin name of an entity key; cached per reader. */
    private Label label(IndexSearcher s, String key) throws IOException {
        Map<String, Label> cache = labels.computeIfAbsent(s.getIndexReader(), k -> new ConcurrentHashMap<>());
        Label r = cache.get(key);
        if (r == null) {
            TopDocs td = s.search(new TermQuery(new Term(ArchiveSchema.E_KEY, key)), 1);
            if (td.scoreDocs.length == 0) {
                r = new Label(key, null, key, null);
            } else {
                Document d = s.storedFields().document(td.scoreDocs[0].doc);
                r = new Label(key, d.get(ArchiveSchema.E_TYPE), d.get(ArchiveSchema.E_NAME), d.get(ArchiveSchema.E_LATIN));
            }
            cache.put(key, r);
        }
        return r;
    }

    private SnippetFormatter.Snippet[] snippets(IndexSearcher s, Query highlightQuery, int[] ids) throws IOException {
        SnippetFormatter.Snippet[] out = new SnippetFormatter.Snippet[ids.length];
        if (ids.length == 0) {
            return out;
        }
        if (highlightQuery != null) {
            Highlighter h = new Highlighter(UnifiedHighlighter.builder(s, analyzer)
                    .withFormatter(new SnippetFormatter())
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
                    .withMaxNoHighlightPassages(0));
            // docIds must be sorted for the highlighter's API; it returns them in the order given
            Object[] texts = h.objects(ArchiveSchema.TEXT, highlightQuery, ids);
            Object[] titles = null;
            for (int i = 0; i < ids.length; i++) {
                if (texts[i] instanceof SnippetFormatter.Snippet sn && !sn.highlights().isEmpty()) {
                    out[i] = sn;
                }
            }
            for (int i = 0; i < ids.length; i++) {
                if (out[i] == null) {
                    if (titles == null) {
                        titles = h.objects(ArchiveSchema.TITLE, highlightQuery, ids);
                    }
                    if (titles[i] instanceof SnippetFormatter.Snippet sn && !sn.highlights().isEmpty()) {
                        out[i] = sn;
                    }
                }
            }
        }
        StoredFields stored = s.storedFields();
        for (int i = 0; i < ids.length; i++) {
            if (out[i] == null) {
                String text = stored.document(ids[i], Set.of(ArchiveSchema.TEXT)).get(ArchiveSchema.TEXT);
                out[i] = new SnippetFormatter.Snippet(lead(text == null ? "" : text), List.of());
            }
        }
        return out;
    }

    /** The opening of a text, cut at a word boundary near the snippet length. */
    static String lead(String text) {
        String t = text.strip().replace('\n', ' ');
        if (t.length() <= SNIPPET_LENGTH) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SNIPPET_LENGTH);
        return t.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + " …";
    }

    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder b) {
            super(b);
        }

        Object[] objects(String field, Query q, int[] ids) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, q, ids, new int[] {1}).get(field);
        }
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @Override
    public Optional<ArchivedArticle> article(String id) {
        return withSearcher(s -> {
            TopDocs td = s.search(articleQuery(new TermQuery(new Term(ArchiveSchema.AID, id))), 1);
            if (td.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document d = s.storedFields().document(td.scoreDocs[0].doc, Set.of(ArchiveSchema.JSON));
            return Optional.of(new ArchivedArticle(id, d.get(ArchiveSchema.JSON)));
        });
    }

    // ---- quotes ----

    @Override
    public Page<QuoteHit> quotes(QuoteQuery q) {
        return quotePage(queries.quotes(q), q.offset(), q.limit());
    }

    private Page<QuoteHit> quotePage(Query query, int offset, int limit) {
        return withSearcher(s -> {
            int n = Math.max(1, offset + limit);
            TopDocs top = s.search(query, new TopFieldCollectorManager(new Sort(
                    new SortField(ArchiveSchema.DAY, SortField.Type.LONG, true), SortField.FIELD_DOC), n, null,
                    Integer.MAX_VALUE));
            List<QuoteHit> hits = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (int i = offset; i < Math.min(top.scoreDocs.length, offset + limit); i++) {
                Document d = stored.document(top.scoreDocs[i].doc);
                hits.add(quoteHit(d));
            }
            return new Page<>(hits, top.totalHits.value, offset, limit);
        });
    }

    private static QuoteHit quoteHit(Document d) throws IOException {
        JsonNode h = AnalysisJson.mapper().readTree(d.get(ArchiveSchema.Q_HIT));
        List<EntityRef> about = new ArrayList<>();
        for (JsonNode a : h.path("about")) {
            about.add(new EntityRef(a.path("key").asText(), a.path("type").asText(), a.path("name").asText()));
        }
        return new QuoteHit(d.get(ArchiveSchema.AID), text(h, "title"), date(d.get(ArchiveSchema.PUBLISHED)),
                d.get(ArchiveSchema.SOURCE), text(h, "speakerKey"), text(h, "speakerName"), text(h, "speakerKind"),
                text(h, "cue"), text(h, "content"), h.path("direct").asBoolean(), text(h, "stance"), text(h, "via"),
                text(h, "field"), h.path("start").asInt(), h.path("end").asInt(), about);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    // ---- entities ----

    @Override
    public Optional<EntityPage> entity(String key, EntityPageOptions o) {
        return withSearcher(s -> {
            GlobalOrdinals go = ordinals(s);
            Query entityDocs = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArchiveSchema.E_KEY, key)), Occur.FILTER)
                    .add(kind(ArchiveSchema.ENTITY), Occur.FILTER).build();
            ValueCounter.Counts c = s.search(entityDocs, new ValueCounter(List.of(go.field(ArchiveSchema.E_NAME),
                    go.field(ArchiveSchema.E_TITLE), go.field(ArchiveSchema.E_LATIN)), o.interval(),
                    ArchiveSchema.E_MENTIONS));
            if (c.docs == 0) {
                return Optional.empty();
            }
            List<NameCount> names = nameCounts(c.top(0, 20));
            List<NameCount> titles = nameCounts(c.top(1, 20));
            List<NameCount> latins = nameCounts(c.top(2, 1));
            List<TimelineBucket> timeline = new ArrayList<>();
            for (Map.Entry<String, Long> e : c.periods()) {
                timeline.add(new TimelineBucket(e.getKey(), e.getValue()));
            }
            Label ref = label(s, key);

            Query cooc = articleQuery(new TermQuery(new Term(ArchiveSchema.ENTITY_KEY, key)));
            ValueCounter.Counts cc = s.search(cooc, new ValueCounter(List.of(go.field("person"),
                    go.field("organization"), go.field("place"), go.field("misc")), null, null));
            List<EntityCount> cooccurring = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                for (Map.Entry<String, Long> e : cc.top(i, o.related() + 1)) {
                    if (!e.getKey().equals(key)) {
                        cooccurring.add(label(s, e.getKey()).count(e.getValue()));
                    }
                }
            }
            cooccurring.sort(Comparator.comparingLong(EntityCount::count).reversed());
            cooccurring = new ArrayList<>(cooccurring.subList(0, Math.min(o.related(), cooccurring.size())));

            Query quotesAbout = new BooleanQuery.Builder().add(kind(ArchiveSchema.QUOTE), Occur.FILTER)
                    .add(new TermQuery(new Term(ArchiveSchema.Q_ABOUT, key)), Occur.FILTER).build();
            ValueCounter.Counts qb = s.search(quotesAbout, new ValueCounter(
                    List.of(go.field(ArchiveSchema.SPEAKER_FACET)), null, null));
            List<EntityCount> quotedBy = new ArrayList<>();
            for (Map.Entry<String, Long> e : qb.top(0, o.related())) {
                quotedBy.add(decodeSpeaker(s, e.getKey(), e.getValue()));
            }

            Query ownQuotes = new BooleanQuery.Builder().add(kind(ArchiveSchema.QUOTE), Occur.FILTER)
                    .add(new TermQuery(new Term(ArchiveSchema.SPEAKER, key)), Occur.FILTER).build();
            ValueCounter.Counts ta = s.search(ownQuotes, new ValueCounter(List.of(go.field(ArchiveSchema.Q_ABOUT)),
                    null, null));
            List<EntityCount> talksAbout = new ArrayList<>();
            for (Map.Entry<String, Long> e : ta.top(0, o.related() + 1)) {
                if (!e.getKey().equals(key) && talksAbout.size() < o.related()) {
                    talksAbout.add(label(s, e.getKey()).count(e.getValue()));
                }
            }
            Page<QuoteHit> quotes = quotePage(ownQuotes, o.quoteOffset(), o.quoteLimit());
            long articles = s.count(cooc);
            String name = names.isEmpty() ? ref.name() : names.get(0).text();
            return Optional.of(new EntityPage(key, ref.type(), name, latins.isEmpty() ? null : latins.get(0).text(),
                    names, titles, articles, c.sum, timeline, quotes, cooccurring, quotedBy, talksAbout));
        });
    }

    private static List<NameCount> nameCounts(List<Map.Entry<String, Long>> top) {
        List<NameCount> out = new ArrayList<>(top.size());
        for (Map.Entry<String, Long> e : top) {
            out.add(new NameCount(e.getKey(), e.getValue()));
        }
        return out;
    }

    @Override
    public List<EntityCount> suggestEntities(String prefix, int limit) {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + SearchQuery.MAX_LIMIT + ", was " + limit);
        }
        String p = prefix == null ? "" : ArchiveSchema.nameTerm(prefix);
        Query q = new BooleanQuery.Builder()
                .add(p.isEmpty() ? new MatchAllDocsQuery() : new PrefixQuery(new Term(ArchiveSchema.E_PREFIX, p)),
                        Occur.FILTER)
                .add(kind(ArchiveSchema.ENTITY), Occur.FILTER).build();
        return withSearcher(s -> {
            GlobalOrdinals go = ordinals(s);
            ValueCounter.Counts c = s.search(q, new ValueCounter(List.of(go.field(ArchiveSchema.E_KEY)), null, null));
            List<EntityCount> out = new ArrayList<>();
            for (Map.Entry<String, Long> e : c.top(0, limit)) {
                out.add(label(s, e.getKey()).count(e.getValue()));
            }
            return out;
        });
    }

    @Override
    public List<TimelineBucket> timeline(TimelineQuery q) {
        Query query = queries.articles(q.text(), q.filters());
        return withSearcher(s -> {
            ValueCounter.Counts c = s.search(query, new ValueCounter(List.of(), q.interval(), null));
            List<TimelineBucket> out = new ArrayList<>();
            for (Map.Entry<String, Long> e : c.periods()) {
                out.add(new TimelineBucket(e.getKey(), e.getValue()));
            }
            return out;
        });
    }

    @Override
    public ArchiveStats stats() {
        return withSearcher(s -> {
            long articles = s.count(kind(ArchiveSchema.ARTICLE));
            long quotes = s.count(kind(ArchiveSchema.QUOTE));
            long entities = s.count(kind(ArchiveSchema.ENTITY));
            LocalDate first = null;
            LocalDate last = null;
            if (articles > 0) {
                Sort asc = new Sort(new SortField(ArchiveSchema.DAY, SortField.Type.LONG, false));
                Sort desc = new Sort(new SortField(ArchiveSchema.DAY, SortField.Type.LONG, true));
                Query dated = articleQuery(LongPoint.newRangeQuery(ArchiveSchema.DAY, Long.MIN_VALUE, Long.MAX_VALUE));
                TopDocs a = s.search(dated, 1, asc);
                TopDocs d = s.search(dated, 1, desc);
                if (a.scoreDocs.length > 0) {
                    first = date(s.storedFields().document(a.scoreDocs[0].doc).get(ArchiveSchema.PUBLISHED));
                    last = date(s.storedFields().document(d.scoreDocs[0].doc).get(ArchiveSchema.PUBLISHED));
                }
            }
            return new ArchiveStats(articles, quotes, entities, sizeBytes(), first, last);
        });
    }

    private long sizeBytes() throws IOException {
        long total = 0;
        for (String f : directory.listAll()) {
            try {
                total += directory.fileLength(f);
            } catch (IOException e) {
                // a file merged away while listing
            }
        }
        return total;
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                IndexWriter w = writer;
                writer = null;
                if (w != null) {
                    w.commit();
                    w.close();
                }
                searchers.close();
                directory.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
