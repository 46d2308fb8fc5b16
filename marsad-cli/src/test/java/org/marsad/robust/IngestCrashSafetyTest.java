package org.marsad.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArchiveStats;
import org.marsad.index.ArchivedArticle;
import org.marsad.index.lucene.LuceneArchiveStore;
import org.marsad.io.AnalysisJson;
import org.marsad.io.ArticleReader;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.sample.SampleCorpus;

/**
 * {@code marsad ingest} killed with SIGKILL at random points, in a child JVM, then resumed: a reader
 * in this JVM watches the archive while the child writes, so every article it saw was committed; after
 * each kill the archive still holds all of them, every stored article is whole (its stored analysis,
 * quotes and entities are exactly what the pipeline makes of it) and nothing is stored twice. A last
 * run completes the ingest.
 */
class IngestCrashSafetyTest {
    private static final int ARTICLES = 400;
    private static final int KILLS = 2;

    @TempDir
    Path tmp;

    @Test
    void killedIngestLosesNothingCommittedAndWritesNothingHalf() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path input = tmp.resolve("articles.jsonl");
        writeJsonl(sample(ARTICLES), input);
        // the articles as the child reads them, so their fingerprints are the ones it stores
        List<Article> articles = ArticleReader.readAll(new ArticleReader(), List.of(input)).articles();
        assertThat(articles).hasSize(ARTICLES);
        Path data = tmp.resolve("archive");
        Pipeline pipeline = Pipeline.standard();
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, Analysis> expected = new java.util.HashMap<>();
        java.util.function.Function<String, Analysis> analysis = id -> expected.computeIfAbsent(id,
                k -> pipeline.analyze(byId.get(k)));
        int killedMidway = 0;

        try (LuceneArchiveStore watcher = LuceneArchiveStore.open(data)) {
            for (int round = 0; round < KILLS; round++) {
                double fraction = 0.1 + 0.5 * random.nextDouble();
                Process child = ingest(input, data);
                Set<String> seenBeforeKill = new HashSet<>();
                long target = (long) (fraction * ARTICLES);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (child.isAlive() && System.nanoTime() < deadline) {
                    watcher.refresh();
                    if (watcher.stats().articles() >= target) {
                        seenBeforeKill.addAll(watcher.unchanged(articles));
                        Thread.sleep(random.nextInt(50));
                        break;
                    }
                    Thread.sleep(20);
                }
                if (child.isAlive()) {
                    killedMidway++;
                }
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

                try (LuceneArchiveStore reopened = LuceneArchiveStore.open(data)) {
                    Set<String> stored = reopened.unchanged(articles);
                    assertThat(stored).as("seed %d, round %d: committed articles survive the kill", seed, round)
                            .containsAll(seenBeforeKill);
                    assertWhole(reopened, stored, analysis, "seed " + seed + ", round " + round);
                }
            }
            assertThat(killedMidway).as("seed %d: kills that hit a running ingest", seed).isPositive();
            Process last = ingest(input, data);
            assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).as(log(data)).isZero();
        }
        try (LuceneArchiveStore done = LuceneArchiveStore.open(data)) {
            Set<String> stored = done.unchanged(articles);
            assertThat(stored).hasSize(ARTICLES);
            assertWhole(done, stored, analysis, "seed " + seed + ", after resuming");
        }
    }

    /** Every stored article is exactly its analysis, with all its quotes and entities and no copy. */
    private static void assertWhole(LuceneArchiveStore store, Set<String> stored,
                                    java.util.function.Function<String, Analysis> expected, String where) throws IOException {
        ArchiveStats stats = store.stats();
        assertThat(stats.articles()).as("%s: one document per stored article", where).isEqualTo(stored.size());
        long quotes = 0;
        long entities = 0;
        for (String id : stored) {
            Analysis a = expected.apply(id);
            Optional<ArchivedArticle> got = store.article(id);
            assertThat(got).as("%s: %s readable", where, id).isPresent();
            JsonNode want = AnalysisJson.mapper().readTree(AnalysisJson.toJson(a, false));
            assertThat(AnalysisJson.mapper().readTree(got.get().analysisJson())).as("%s: %s whole", where, id).isEqualTo(want);
            quotes += a.quotes().size();
            entities += a.entities().stream().map(org.marsad.model.Entity::corpusKey).distinct().count();
        }
        assertThat(stats.quotes()).as("%s: quotes of stored articles, no more, no less", where).isEqualTo(quotes);
        assertThat(stats.entityMentions()).as("%s: one entity document per distinct entity of the stored articles", where).isEqualTo(entities);
    }

    private Process ingest(Path input, Path data) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.marsad.cli.MarsadCli", "ingest", input.toString(), "--data", data.toString(), "--progress", "none",
                "--commit-seconds", "0", "--threads", "2"));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling("ingest.log").toFile())).start();
    }

    private String log(Path data) {
        try {
            return Files.readString(data.resolveSibling("ingest.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<Article> sample(int n) {
        ArticleReader.Result r = new ArticleReader.Result(new ArrayList<>(), new ArrayList<>());
        SampleCorpus.read(new ArticleReader(), r);
        return new ArrayList<>(r.articles().subList(0, Math.min(n, r.articles().size())));
    }

    private static void writeJsonl(List<Article> articles, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", a.id());
                o.put("title", a.title());
                o.put("text", a.text());
                o.put("published", a.published() == null ? null : a.published().toString());
                o.put("source", a.source());
                o.put("url", a.url());
                o.putAll(a.metadata());
                w.write(AnalysisJson.mapper().writeValueAsString(o));
                w.write('\n');
            }
        }
    }
}
