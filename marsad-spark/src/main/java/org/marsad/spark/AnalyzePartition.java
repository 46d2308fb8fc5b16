package org.marsad.spark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

/**
 * Reads and analyses the JSON articles of one partition with one pipeline, lazily, one article at a
 * time. Each line goes through Marsad's own {@link ArticleReader}, so ids, dates and metadata are read
 * exactly as {@code marsad analyze} reads them. A line that is not an article, or an article an
 * annotator fails on, becomes a problem row; the partition goes on.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final PipelineFactory pipelines;
    private final LocalDate defaultPublished;
    private final int maxArticleBytes;

    AnalyzePartition(PipelineFactory pipelines, LocalDate defaultPublished, int maxArticleBytes) {
        this.pipelines = pipelines;
        this.defaultPublished = defaultPublished;
        this.maxArticleBytes = maxArticleBytes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> lines) {
        return new Rows(lines, pipelines.create(), new ArticleReader(defaultPublished, maxArticleBytes));
    }

    private static final class Rows implements Iterator<Row>, ArticleSink {
        private final Iterator<Row> lines;
        private final Pipeline pipeline;
        private final ArticleReader reader;
        private final ArrayDeque<Row> ready = new ArrayDeque<>(2);
        private String input;
        private String fallbackId;

        Rows(Iterator<Row> lines, Pipeline pipeline, ArticleReader reader) {
            this.lines = lines;
            this.pipeline = pipeline;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && lines.hasNext()) {
                Row line = lines.next();
                String json = line.getString(0);
                input = line.getString(1);
                if (json == null || json.isBlank()) {
                    continue;
                }
                // the reader names an id-less article "<name>:<line>"; a line number is unknown here, so the
                // name carries a digest of the line instead: the same line gets the same id on every run
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                fallbackId = fileName(input) + "#" + digest(bytes);
                try {
                    reader.readStream(new ByteArrayInputStream(bytes), fallbackId, ArticleReader.Format.JSONL, this);
                } catch (RuntimeException e) {
                    // a reader defect on one line must not fail the task: the line is reported and skipped
                    problem(new InputProblem(input, 0, -1, "unreadable article: " + e));
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        @Override
        public void article(Article article) {
            if (article.id().equals(fallbackId + ":1")) {
                article = new Article(fallbackId, article.title(), article.text(), article.published(), article.source(),
                        article.url(), article.metadata());
            }
            try {
                ready.add(AnalysisRows.of(pipeline.analyze(article), input));
            } catch (RuntimeException | StackOverflowError e) {
                // a defect in an annotator must not take the rest of the corpus down with it
                ready.add(AnalysisRows.problem(article.id(), input, "analysis failed: " + e));
            }
        }

        @Override
        public void problem(InputProblem problem) {
            ready.add(AnalysisRows.problem(null, input, problem.message()));
        }
    }

    static String fileName(String path) {
        if (path == null || path.isEmpty()) {
            return "input";
        }
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    static String digest(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(bytes);
            StringBuilder sb = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                sb.append(Character.forDigit((d[i] >> 4) & 0xF, 16)).append(Character.forDigit(d[i] & 0xF, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
