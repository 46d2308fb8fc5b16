package org.marsad.bench;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.AnalyzedText;

/** Marsad's standard pipeline (every capability wired in {@link Pipeline#standard()}), or its text layer alone. */
final class MarsadContender implements Contender {
    private final Pipeline pipeline;
    private final boolean full;
    private final Map<Article, Long> tokens;
    private final LongAdder found = new LongAdder();

    /** {@code articles}: the corpus, whose token counts are taken once, outside the timed runs. */
    MarsadContender(Pipeline pipeline, boolean full, List<Article> articles) {
        this.pipeline = pipeline;
        this.full = full;
        Map<Article, Long> m = new IdentityHashMap<>();
        if (full) {
            for (Article a : articles) {
                AnalyzedText at = pipeline.analyzeText(a);
                m.put(a, (long) at.tokens(Field.TITLE).size() + at.tokens(Field.TEXT).size());
            }
        }
        this.tokens = m;
    }

    @Override
    public String name() {
        return full ? "Marsad full pipeline" : "Marsad text layer";
    }

    @Override
    public long process(Article article) {
        if (full) {
            Analysis a = pipeline.analyze(article, false);
            found.add(a.entities().size() + a.quotes().size() + a.dates().size() + a.quantities().size());
            return tokens.get(article);
        }
        AnalyzedText at = pipeline.analyzeText(article);
        return at.tokens(Field.TITLE).size() + at.tokens(Field.TEXT).size();
    }

    /** Entities, quotes, dates and quantities found so far (shows the pipeline did its work). */
    long found() {
        return found.sum();
    }
}
