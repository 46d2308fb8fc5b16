package org.marsad.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArchiveStats;
import org.marsad.index.ArchiveStore;
import org.marsad.index.ArchivedArticle;
import org.marsad.index.EntityCount;
import org.marsad.index.EntityPage;
import org.marsad.index.EntityPageOptions;
import org.marsad.index.Fixtures;
import org.marsad.index.Page;
import org.marsad.index.QuoteHit;
import org.marsad.index.QuoteQuery;
import org.marsad.index.SearchQuery;
import org.marsad.index.SearchResult;
import org.marsad.index.TimelineBucket;
import org.marsad.index.TimelineQuery;
import org.marsad.index.lucene.LuceneArchiveStore;
import org.marsad.io.InputProblem;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

class IngesterTest {
    @TempDir
    Path dir;

    private static List<Article> corpus(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Fixtures.article("art-" + i, "2018-01-" + String.format("%02d", 1 + i % 28), "src", null,
                    "عنوان الخبر رقم " + i, "نص الخبر عن الحكومة والبرلمان " + i + " كلمةفريدة" + i));
        }
        return out;
    }

    /** The ingest mechanics do not depend on what the annotators find; the text layer is enough. */
    private static final Pipeline TEXT_ONLY = Pipeline.builder().build();

    private static final Ingester.Listener QUIET = new Ingester.Listener() {
        @Override
        public void problem(InputProblem problem) {
        }
    };

    /** Few commits, as in real use. */
    private static Ingester.Options options() {
        return new Ingester.Options(2, 16, Duration.ofMinutes(1), false);
    }

    /** A commit after every batch, so a crash lands between commits. */
    private static Ingester.Options committingOften() {
        return new Ingester.Options(2, 16, Duration.ZERO, false);
    }

    private static Ingester.Progress ingest(ArchiveStore store, List<Article> articles) {
        Ingester in = new Ingester(store, TEXT_ONLY, options(), QUIET);
        for (Article a : articles) {
            in.article(a);
        }
        return in.finish();
    }

    @Test
    void ingestsEverythingOnceAndSkipsItOnTheSecondRun() {
        List<Article> articles = corpus(100);
        try (LuceneArchiveStore store = LuceneArchiveStore.open(dir, 16)) {
            Ingester.Progress p = ingest(store, articles);
            assertThat(p.indexed()).isEqualTo(100);
            assertThat(p.committed()).isEqualTo(100);
            assertThat(store.stats().articles()).isEqualTo(100);
            Ingester.Progress again = ingest(store, articles);
            assertThat(again.indexed()).isZero();
            assertThat(again.unchanged()).isEqualTo(100);
            assertThat(store.stats().articles()).isEqualTo(100);
        }
    }

    @Test
    void resumesAfterACrashWithoutLosingOrDuplicating() {
        List<Article> articles = corpus(120);
        AtomicInteger puts = new AtomicInteger();
        try (LuceneArchiveStore lucene = LuceneArchiveStore.open(dir, 16)) {
            // the store dies on its 10th write, as a process would on kill -9: nothing after the last commit survives
            ArchiveStore dying = new Delegate(lucene) {
                @Override
                public void put(Collection<Analysis> analyses) {
                    if (puts.incrementAndGet() == 5) {
                        throw new IllegalStateException("simulated crash");
                    }
                    super.put(analyses);
                }
            };
            Ingester in = new Ingester(dying, TEXT_ONLY, committingOften(), QUIET);
            assertThatThrownBy(() -> {
                for (Article a : articles) {
                    in.article(a);
                }
                in.finish();
            }).hasMessageContaining("simulated crash");
            lucene.rollback();
        }
        long committedBefore;
        try (LuceneArchiveStore store = LuceneArchiveStore.open(dir, 16)) {
            committedBefore = store.stats().articles();
            assertThat(committedBefore).isBetween(1L, 119L);
            Ingester.Progress p = ingest(store, articles);
            assertThat(p.unchanged()).isEqualTo(committedBefore);
            assertThat(p.indexed()).isEqualTo(120 - committedBefore);
            assertThat(store.stats().articles()).isEqualTo(120);
            for (int i = 0; i < 120; i += 7) {
                assertThat(store.search(SearchQuery.of("كلمةفريدة" + i)).hits().total()).as("article " + i).isEqualTo(1);
            }
        }
    }

    @Test
    void stopCommitsWhatWasWrittenAndRejectsMoreInput() {
        try (LuceneArchiveStore store = LuceneArchiveStore.open(dir, 16)) {
            Ingester in = new Ingester(store, TEXT_ONLY, options(), QUIET);
            List<Article> articles = corpus(50);
            for (Article a : articles.subList(0, 20)) {
                in.article(a);
            }
            in.stop();
            assertThatThrownBy(() -> in.article(articles.get(20))).isInstanceOf(Ingester.Stopped.class);
            Ingester.Progress p = in.finish();
            assertThat(store.stats().articles()).isEqualTo(p.indexed());
            assertThat(p.committed()).isEqualTo(p.indexed());
        }
    }

    @Test
    void aFailingArticleIsReportedAndTheRestIngested() {
        List<InputProblem> problems = new ArrayList<>();
        Pipeline failing = Pipeline.builder().dates(text -> {
            if (text.article().id().equals("art-3")) {
                throw new IllegalStateException("boom");
            }
            return List.of();
        }).build();
        try (LuceneArchiveStore store = LuceneArchiveStore.open(dir, 16)) {
            Ingester in = new Ingester(store, failing, options(), new Ingester.Listener() {
                @Override
                public synchronized void problem(InputProblem problem) {
                    problems.add(problem);
                }
            });
            corpus(10).forEach(in::article);
            Ingester.Progress p = in.finish();
            assertThat(p.indexed()).isEqualTo(9);
            assertThat(p.failed()).isEqualTo(1);
            assertThat(problems).singleElement().satisfies(pr -> assertThat(pr.toString()).contains("art-3", "boom"));
        }
    }

    /** Passes everything to another store. */
    private static class Delegate implements ArchiveStore {
        private final ArchiveStore d;

        Delegate(ArchiveStore d) {
            this.d = d;
        }

        @Override
        public void put(Collection<Analysis> analyses) {
            d.put(analyses);
        }

        @Override
        public boolean delete(String articleId) {
            return d.delete(articleId);
        }

        @Override
        public void commit() {
            d.commit();
        }

        @Override
        public Set<String> unchanged(Collection<Article> articles) {
            return d.unchanged(articles);
        }

        @Override
        public SearchResult search(SearchQuery query) {
            return d.search(query);
        }

        @Override
        public Optional<ArchivedArticle> article(String id) {
            return d.article(id);
        }

        @Override
        public Page<QuoteHit> quotes(QuoteQuery query) {
            return d.quotes(query);
        }

        @Override
        public Optional<EntityPage> entity(String key, EntityPageOptions options) {
            return d.entity(key, options);
        }

        @Override
        public List<EntityCount> suggestEntities(String prefix, int limit) {
            return d.suggestEntities(prefix, limit);
        }

        @Override
        public List<TimelineBucket> timeline(TimelineQuery query) {
            return d.timeline(query);
        }

        @Override
        public ArchiveStats stats() {
            return d.stats();
        }

        @Override
        public void refresh() {
            d.refresh();
        }

        @Override
        public void close() {
        }
    }
}
