package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.sample.SampleCorpus;

/** The articles a benchmark runs on: given paths, else ../shared/data/corpus, else the bundled sample. */
final class Corpus {
    private Corpus() {
    }

    /** {@code sample}: the bundled sample corpus whatever else is given. */
    static List<Article> load(List<Path> paths, int limit, boolean sample) {
        List<Path> from = new ArrayList<>(paths);
        if (from.isEmpty() && !sample) {
            String shared = System.getProperty("marsad.shared", "../shared");
            Path dir = Path.of(shared, "data", "corpus");
            if (Files.isDirectory(dir)) {
                from.add(dir);
            }
        }
        ArticleReader reader = new ArticleReader();
        Limited sink = new Limited(limit);
        try {
            if (from.isEmpty()) {
                SampleCorpus.read(reader, sink);
            } else {
                reader.read(from, sink);
            }
        } catch (Limited.Full done) {
            // enough articles
        }
        return sink.articles;
    }

    static String describe(List<Path> paths, boolean sample) {
        return sample ? "bundled sample" : paths.isEmpty() ? "default corpus (../shared/data/corpus, else the bundled sample)" : paths.toString();
    }

    private static final class Limited implements org.marsad.io.ArticleSink {
        final List<Article> articles = new ArrayList<>();
        final int limit;

        Limited(int limit) {
            this.limit = limit;
        }

        @Override
        public void article(Article article) {
            if (articles.size() >= limit) {
                throw new Full();
            }
            articles.add(article);
        }

        @Override
        public void problem(org.marsad.io.InputProblem problem) {
            System.err.println("skipped " + problem);
        }

        static final class Full extends RuntimeException {
            Full() {
                super(null, null, false, false);
            }
        }
    }
}
