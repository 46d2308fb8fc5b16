package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Analysis;
import org.marsad.model.Article;

/**
 * Analyses a stream of articles on several threads and hands the results on in input order, a
 * bounded batch at a time, so memory stays flat however long the input is. Use it as the
 * {@link ArticleSink} of a reader, then {@link #finish()}.
 */
public final class AnalysisRunner implements ArticleSink, AutoCloseable {
    private final Pipeline pipeline;
    private final boolean withTokens;
    private final Consumer<Analysis> results;
    private final Consumer<InputProblem> problems;
    private final ExecutorService pool;
    private final int batchSize;
    private final List<Article> batch = new ArrayList<>();
    private long articles;
    private long problemCount;

    public AnalysisRunner(Pipeline pipeline, int threads, boolean withTokens, Consumer<Analysis> results,
                          Consumer<InputProblem> problems) {
        this.pipeline = pipeline;
        this.withTokens = withTokens;
        this.results = results;
        this.problems = problems;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-analyze");
            t.setDaemon(true);
            return t;
        }) : null;
        this.batchSize = Math.max(1, threads) * 64;
    }

    @Override
    public void article(Article article) {
        batch.add(article);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void problem(InputProblem problem) {
        // results already read stay ahead of the problem in the output order
        flush();
        problemCount++;
        problems.accept(problem);
    }

    /** Analyses what is still pending. */
    public void finish() {
        flush();
    }

    public long articles() {
        return articles;
    }

    public long problems() {
        return problemCount;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        if (pool == null) {
            for (Article a : batch) {
                emit(a, () -> pipeline.analyze(a, withTokens));
            }
        } else {
            List<Future<Analysis>> futures = new ArrayList<>(batch.size());
            for (Article a : batch) {
                futures.add(pool.submit(() -> pipeline.analyze(a, withTokens)));
            }
            for (int i = 0; i < futures.size(); i++) {
                Future<Analysis> f = futures.get(i);
                emit(batch.get(i), () -> {
                    try {
                        return f.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                    }
                });
            }
        }
        batch.clear();
    }

    private void emit(Article a, java.util.function.Supplier<Analysis> analysis) {
        Analysis result;
        try {
            result = analysis.get();
        } catch (RuntimeException | StackOverflowError e) {
            // a defect in an annotator must not take the rest of the input down with it
            problemCount++;
            problems.accept(new InputProblem(a.id(), 0, -1, "analysis failed: " + e));
            return;
        }
        articles++;
        results.accept(result);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
