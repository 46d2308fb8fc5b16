package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.marsad.index.Filters;
import org.marsad.index.SearchHit;
import org.marsad.index.SearchQuery;
import org.marsad.index.lucene.LuceneArchiveStore;
import org.marsad.io.AnalysisJson;
import org.marsad.io.ArticleReader;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Gender;
import org.marsad.model.TextSpan;
import org.marsad.pipeline.Pipeline;
import org.marsad.sample.SampleCorpus;

/**
 * Scores the judged query set (see its README): the same articles, the same fields and the same
 * query syntax, once with Marsad's analyzer (the archive as shipped) and once with Lucene's
 * ArabicAnalyzer, reporting recall@10 per query kind.
 */
final class SearchQuality {
    private static final int K = 10;
    private static final Map<String, Float> FIELDS = Map.of("title", 2f, "text", 1f, "names", 1.5f);

    private final PrintWriter out;
    private final PrintWriter err;

    SearchQuality(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    record Judged(String id, String kind, String q, Pattern relevant, String entity) {
    }

    record EntityDef(String key, EntityType type, String name, String latin, Pattern forms) {
    }

    int run(Path dir, List<Path> corpus) throws IOException {
        List<Judged> queries = new ArrayList<>();
        for (JsonNode n : jsonl(dir.resolve("queries.jsonl"))) {
            List<String> forms = new ArrayList<>();
            n.path("forms").forEach(f -> forms.add(f.asText()));
            queries.add(new Judged(n.path("id").asText(), n.path("kind").asText(), n.path("q").asText(), words(forms),
                    n.hasNonNull("entity") ? n.get("entity").asText() : null));
        }
        List<EntityDef> entities = new ArrayList<>();
        for (JsonNode n : jsonl(dir.resolve("entities.jsonl"))) {
            List<String> forms = new ArrayList<>();
            n.path("forms").forEach(f -> forms.add(f.asText()));
            entities.add(new EntityDef(n.path("key").asText(), EntityType.parse(n.path("type").asText()),
                    n.path("name").asText(), n.path("latin").asText(), words(forms)));
        }
        ArticleReader.Result r = new ArticleReader.Result(new ArrayList<>(), new ArrayList<>());
        if (corpus.isEmpty()) {
            SampleCorpus.read(new ArticleReader(), r);
        } else {
            new ArticleReader().read(corpus, r);
        }
        Pipeline pipeline = Pipeline.standard();
        List<Analysis> analyses = new ArrayList<>();
        Map<String, Set<String>> entitiesOf = new HashMap<>();
        for (Article a : r.articles()) {
            Analysis an = pipeline.analyze(a);
            List<Entity> es = new ArrayList<>(an.entities());
            for (EntityDef e : entities) {
                List<TextSpan> mentions = mentions(a, e.forms());
                if (!mentions.isEmpty()) {
                    es.add(new Entity("q" + es.size(), e.key(), e.type(), e.name(), e.latin(), List.of(), Gender.UNKNOWN,
                            mentions));
                    entitiesOf.computeIfAbsent(a.id(), k -> new HashSet<>()).add(e.key());
                }
            }
            analyses.add(new Analysis(a, an.sentences(), null, es, an.quotes(), an.dates(), an.quantities()));
        }
        out.printf("collection: %,d articles, %d queries, %d annotated entities%n", analyses.size(), queries.size(),
                entities.size());

        Path tmp = Files.createTempDirectory("marsad-quality");
        try (LuceneArchiveStore store = LuceneArchiveStore.open(tmp, 64);
             ByteBuffersDirectory baseDir = new ByteBuffersDirectory()) {
            store.put(analyses);
            store.release();
            Analyzer arabic = new ArabicAnalyzer();
            try (IndexWriter w = new IndexWriter(baseDir, new IndexWriterConfig(arabic))) {
                for (Analysis an : analyses) {
                    w.addDocument(baselineDoc(an));
                }
            }
            IndexSearcher base = new IndexSearcher(DirectoryReader.open(baseDir));
            Map<String, double[]> byKind = new LinkedHashMap<>();
            out.printf("%-5s %-7s %-34s %5s %8s %8s%n", "id", "kind", "query", "rel", "Marsad", "Lucene");
            for (Judged j : queries) {
                Set<String> relevant = new HashSet<>();
                for (Analysis an : analyses) {
                    Article a = an.article();
                    if (j.relevant().matcher(plain(a.title() + "\n" + a.text())).find() && (j.entity() == null
                            || entitiesOf.getOrDefault(a.id(), Set.of()).contains(j.entity()))) {
                        relevant.add(a.id());
                    }
                }
                if (relevant.isEmpty()) {
                    err.println("marsad bench-archive: query " + j.id() + " has no relevant article; skipped");
                    continue;
                }
                Filters f = j.entity() == null ? Filters.NONE : Filters.NONE.withEntities(List.of(j.entity()));
                List<String> ours = store.search(new SearchQuery(j.q(), f, SearchQuery.Sort.RELEVANCE, 0, K, false))
                        .hits().items().stream().map(SearchHit::id).toList();
                List<String> theirs = baseline(base, arabic, j);
                double ro = recall(ours, relevant);
                double rb = recall(theirs, relevant);
                out.printf("%-5s %-7s %-34s %5d %8.2f %8.2f%n", j.id(), j.kind(), j.q(), relevant.size(), ro, rb);
                double[] acc = byKind.computeIfAbsent(j.kind(), k -> new double[3]);
                acc[0] += ro;
                acc[1] += rb;
                acc[2]++;
            }
            out.println();
            out.printf("%-8s %7s %12s %12s%n", "kind", "queries", "Marsad R@10", "Lucene R@10");
            double so = 0;
            double sb = 0;
            double n = 0;
            for (Map.Entry<String, double[]> e : byKind.entrySet()) {
                double[] a = e.getValue();
                out.printf("%-8s %7.0f %12.3f %12.3f%n", e.getKey(), a[2], a[0] / a[2], a[1] / a[2]);
                so += a[0];
                sb += a[1];
                n += a[2];
            }
            out.printf("%-8s %7.0f %12.3f %12.3f%n", "all", n, so / n, sb / n);
            out.flush();
            base.getIndexReader().close();
        } finally {
            deleteTree(tmp);
        }
        return ExitCodes.OK;
    }

    private static double recall(List<String> top, Set<String> relevant) {
        long hit = top.stream().limit(K).filter(relevant::contains).count();
        return (double) hit / Math.min(K, relevant.size());
    }

    private static List<String> baseline(IndexSearcher s, Analyzer arabic, Judged j) throws IOException {
        SimpleQueryParser p = new SimpleQueryParser(arabic, FIELDS);
        p.setDefaultOperator(Occur.MUST);
        Query q = p.parse(j.q());
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
        if (j.entity() != null) {
            b.add(new TermQuery(new Term("entity", j.entity())), Occur.FILTER);
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc d : s.search(b.build(), K).scoreDocs) {
            ids.add(s.storedFields().document(d.doc).get("id"));
        }
        return ids;
    }

    private static Document baselineDoc(Analysis an) {
        Document d = new Document();
        d.add(new StringField("id", an.article().id(), Store.YES));
        d.add(new TextField("title", an.article().title(), Store.NO));
        d.add(new TextField("text", an.article().text(), Store.NO));
        for (Entity e : an.entities()) {
            d.add(new StringField("entity", e.key(), Store.NO));
            d.add(new TextField("names", e.name(), Store.NO));
            if (e.latin() != null) {
                d.add(new TextField("names", e.latin(), Store.NO));
            }
        }
        return d;
    }

    /** A judgment rule: one of the forms as a whole word, after optional clitics and the article. */
    static Pattern words(List<String> forms) {
        List<String> quoted = new ArrayList<>();
        for (String f : forms) {
            quoted.add(Pattern.quote(f));
        }
        return Pattern.compile("(?<!\\p{L})(?:[وفبلك]{0,2}(?:ال)?)(" + String.join("|", quoted) + ")(?!\\p{L})");
    }

    /** Diacritics and tatweel removed, one char for one char or none, as judged. */
    static String plain(String s) {
        return s.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "");
    }

    private static List<TextSpan> mentions(Article a, Pattern forms) {
        List<TextSpan> out = new ArrayList<>();
        for (Field f : Field.values()) {
            String t = a.field(f);
            if (!plain(t).equals(t)) {
                continue;
            }
            Matcher m = forms.matcher(t);
            while (m.find()) {
                out.add(TextSpan.of(a, f, m.start(1), m.end(1)));
            }
        }
        return out;
    }

    private static List<JsonNode> jsonl(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(AnalysisJson.mapper().readTree(line));
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
