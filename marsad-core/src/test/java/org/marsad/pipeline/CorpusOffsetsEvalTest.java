package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.marsad.io.ArticleReader;
import org.marsad.io.InputProblem;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.DateExpression;
import org.marsad.model.Entity;
import org.marsad.model.Quantity;
import org.marsad.model.Quote;
import org.marsad.model.Sentence;
import org.marsad.model.TextSpan;

/** The offset invariant on the whole shared corpus: every span the full pipeline reports is the exact slice it names. */
@Tag("eval")
class CorpusOffsetsEvalTest {

    @Test
    void everySpanOfEveryArticleIsExact() {
        Path corpus = Path.of(System.getProperty("marsad.shared", "../shared"), "data", "corpus");
        assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
        Pipeline pipeline = Pipeline.standard();
        List<String> errors = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        AtomicLong spans = new AtomicLong();
        try (AnalysisRunner runner = new AnalysisRunner(pipeline, Runtime.getRuntime().availableProcessors(), false,
                a -> check(a, errors, spans), problems::add)) {
            new ArticleReader().read(List.of(corpus), runner);
            runner.finish();
            assertThat(problems).as("input problems").isEmpty();
            assertThat(runner.articles()).isGreaterThan(40_000);
        }
        assertThat(errors).as("bad spans (of %d checked)", spans.get()).isEmpty();
    }

    private static synchronized void check(Analysis a, List<String> errors, AtomicLong spans) {
        Article art = a.article();
        for (Sentence s : a.sentences()) {
            String f = art.field(s.field());
            spans.incrementAndGet();
            if (s.start() < 0 || s.end() > f.length() || s.start() >= s.end()) {
                errors.add(art.id() + " sentence " + s);
            }
        }
        List<TextSpan> all = new ArrayList<>();
        for (Entity e : a.entities()) {
            all.addAll(e.mentions());
        }
        for (Quote q : a.quotes()) {
            all.add(q.content());
            if (q.cue() != null) {
                all.add(q.cue());
            }
        }
        for (DateExpression d : a.dates()) {
            all.add(d.span());
        }
        for (Quantity q : a.quantities()) {
            all.add(q.span());
        }
        for (TextSpan t : all) {
            spans.incrementAndGet();
            String f = art.field(t.field());
            if (t.end() > f.length() || !f.substring(t.start(), t.end()).equals(t.text())) {
                if (errors.size() < 50) {
                    errors.add(art.id() + " " + t);
                }
            }
        }
    }
}
