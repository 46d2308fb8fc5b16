package org.marsad.opensearch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArchiveStore;
import org.marsad.index.Filters;
import org.marsad.index.SearchQuery;
import org.marsad.index.lucene.LuceneArchiveStore;
import org.marsad.io.ArticleReader;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

/**
 * Measures, not tests: ingest rate and query latency of the embedded Lucene store and of a real
 * single-node OpenSearch on the same analysed articles. Prints a table (docs/scaling.md quotes it).
 * {@code mvn -Popensearch -pl marsad-core,marsad-index,marsad-opensearch test -Dmarsad.opensearch.groups=opensearch-bench
 * -Dtest=BackendBench -Dmarsad.bench.articles=5000}
 */
@Tag("opensearch-bench")
class BackendBench {
    private static final List<String> QUERIES = List.of("تونس", "الحكومة", "وزير الصحة", "\"رئيس الحكومة\"",
            "امريكا", "الترجي | الافريقي", "انتخاب*", "تونس -الحكومة", "كرة القدم", "\"وزارة الداخلية\"");

    @Test
    void ingestAndQueryBothBackEnds(@TempDir Path dir) throws Exception {
        assumeTrue(OpenSearchCluster.home() != null, "run with -Popensearch");
        int n = Integer.getInteger("marsad.bench.articles", 5000);
        List<Article> articles = articles(n);
        long t0 = System.nanoTime();
        List<Analysis> analyses = analyse(articles);
        double analyseS = (System.nanoTime() - t0) / 1e9;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%,d articles analysed in %.1f s (%.0f/s, 2 threads)%n", analyses.size(),
                analyseS, analyses.size() / analyseS));
        try (OpenSearchCluster cluster = OpenSearchCluster.start(1);
             LuceneArchiveStore lucene = LuceneArchiveStore.open(dir.resolve("lucene"), 64);
             OpenSearchArchiveStore os = OpenSearchArchiveStore.open(OpenSearchSettings.of(cluster.urls()).withIndex("bench"))) {
            for (ArchiveStore s : List.of(lucene, os)) {
                long t = System.nanoTime();
                for (int i = 0; i < analyses.size(); i += 500) {
                    s.put(analyses.subList(i, Math.min(analyses.size(), i + 500)));
                }
                s.commit();
                double secs = (System.nanoTime() - t) / 1e9;
                out.append(String.format(Locale.ROOT, "%-10s ingest %,d analysed articles: %.1f s, %.0f articles/s; %s%n",
                        name(s), analyses.size(), secs, analyses.size() / secs, s.stats()));
            }
            out.append("bulk operations retried (cluster busy): ").append(os.retriedOperations()).append('\n');
            String entity = lucene.search(SearchQuery.of("")).facets().places().get(0).value();
            for (ArchiveStore s : List.of(lucene, os)) {
                latency(out, s, "term/phrase/boolean", q -> s.search(new SearchQuery(q, Filters.NONE,
                        SearchQuery.Sort.RELEVANCE, 0, 10, false)));
                latency(out, s, "faceted", q -> s.search(SearchQuery.of(q)));
                latency(out, s, "entity filter+facets", q -> s.search(SearchQuery.of(q)
                        .withFilters(Filters.NONE.withEntities(List.of(entity)))));
                latency(out, s, "entity page", q -> s.entity(entity, org.marsad.index.EntityPageOptions.DEFAULT));
            }
            os.dropIndex();
        }
        System.out.println(out);
        Files.writeString(Path.of("target/backend-bench.txt"), out.toString());
    }

    private static String name(ArchiveStore s) {
        return s instanceof LuceneArchiveStore ? "lucene" : "opensearch";
    }

    private static void latency(StringBuilder out, ArchiveStore s, String what, Consumer<String> run) {
        for (String q : QUERIES) {
            run.accept(q);
        }
        List<Double> ms = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String q : QUERIES) {
                long t = System.nanoTime();
                run.accept(q);
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.append(String.format(Locale.ROOT, "%-10s %-22s p50 %6.1f ms  p95 %6.1f ms  (%d queries)%n", name(s), what,
                a[a.length / 2], a[(int) Math.ceil(a.length * 0.95) - 1], a.length));
    }

    private static List<Article> articles(int n) throws IOException {
        List<Article> out = new ArrayList<>();
        String shared = System.getProperty("marsad.shared");
        Path corpus = shared == null ? null : Path.of(shared, "data/corpus/ant-jawharafm-2015-2017.jsonl.gz");
        ArticleReader.Result r = new ArticleReader.Result(out, new ArrayList<>());
        if (corpus != null && Files.exists(corpus)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(corpus))) {
                new ArticleReader().readStream(in, corpus.toString(), ArticleReader.Format.JSONL, r);
            }
        } else {
            org.marsad.sample.SampleCorpus.read(new ArticleReader(), r);
        }
        return out.subList(0, Math.min(n, out.size()));
    }

    private static List<Analysis> analyse(List<Article> articles) throws Exception {
        Pipeline p = Pipeline.standard();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Analysis>> fs = new ArrayList<>();
            for (Article a : articles) {
                fs.add(pool.submit(() -> p.analyze(a)));
            }
            List<Analysis> out = new ArrayList<>();
            for (Future<Analysis> f : fs) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }
}
