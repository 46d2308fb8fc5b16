package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.sample.SampleCorpus;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where articles come from: paths, standard input, or the bundled sample; shared by every reading command. */
final class InputOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Plain-text articles, JSONL files, directories of them, or their .gz; '-' or nothing "
                    + "reads standard input.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--sample", description = "Read the bundled sample corpus (3,000 Jawhara FM articles).")
    boolean sample;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for articles that carry none (plain text).")
    LocalDate published;

    @Option(names = "--max-article-bytes", paramLabel = "N", defaultValue = "" + ArticleReader.DEFAULT_MAX_ARTICLE_BYTES,
            description = "Largest article or JSONL line accepted (default: ${DEFAULT-VALUE}).")
    int maxArticleBytes;

    ArticleReader reader() {
        return new ArticleReader(published, maxArticleBytes);
    }

    /** Feeds every input to {@code sink} in order. */
    void read(ArticleSink sink) {
        ArticleReader reader = reader();
        if (sample) {
            SampleCorpus.read(reader, sink);
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (p.toString().equals("-")) {
                reader.read(files, sink);
                files.clear();
                reader.readStream(System.in, sink);
            } else {
                files.add(p);
            }
        }
        reader.read(files, sink);
        if (!sample && paths.isEmpty()) {
            reader.readStream(System.in, sink);
        }
    }

    static void report(PrintWriter err, InputProblem p) {
        err.println("marsad: skipped " + p);
        err.flush();
    }
}
