package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.DateExpression;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.Field;
import org.marsad.model.Quantity;
import org.marsad.model.Quote;
import org.marsad.model.Token;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TokenSequence;

/**
 * Runs an article through every annotator once, in a fixed order with typed hand-offs:
 * text → NER → entities → quotes → dates and quantities. Thread-safe when its steps are.
 */
public final class Pipeline {
    private final TextAnalyzer text;
    private final EntityRecognizer ner;
    private final EntityLinker linker;
    private final QuoteExtractor quotes;
    private final DateRecognizer dates;
    private final QuantityRecognizer quantities;

    private Pipeline(Builder b) {
        this.text = new TextAnalyzer();
        this.ner = Objects.requireNonNull(b.ner, "ner");
        this.linker = Objects.requireNonNull(b.linker, "linker");
        this.quotes = Objects.requireNonNull(b.quotes, "quotes");
        this.dates = Objects.requireNonNull(b.dates, "dates");
        this.quantities = Objects.requireNonNull(b.quantities, "quantities");
    }

    /** The standard pipeline with every shipped model and rule set. */
    public static Pipeline standard() {
        return builder()
                // each capability wires its shipped implementation here, one line each
                .dates(new org.marsad.time.ArabicDateRecognizer())
                .quantities(new org.marsad.time.ArabicQuantityRecognizer())
                .linker(org.marsad.entities.ArticleEntityLinker.standard())
                .quotes(org.marsad.quotes.RuleQuoteExtractor.standard())
                .ner(org.marsad.ner.StatisticalEntityRecognizer.shipped())
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Analysis analyze(Article article) {
        return analyze(article, false);
    }

    public Analysis analyze(Article article, boolean withTokens) {
        AnalyzedText at = text.analyze(article);
        List<EntityMention> mentions = ner.recognize(at);
        List<Entity> entities = linker.link(at, mentions);
        List<Quote> qs = quotes.extract(at, entities);
        List<DateExpression> ds = dates.recognize(at);
        // the quantity step needs the dates too: hand it those found above rather than finding them twice
        List<Quantity> qty = dates == DateRecognizer.NONE ? quantities.recognize(at) : quantities.recognize(at, ds);
        return new Analysis(article, at.sentences(), withTokens ? tokens(at) : null, entities, qs, ds, qty);
    }

    /** The text layer alone (tokens and sentences), for benchmarks and tools. */
    public AnalyzedText analyzeText(Article article) {
        return text.analyze(article);
    }

    private static List<Token> tokens(AnalyzedText at) {
        List<Token> out = new ArrayList<>();
        for (Field f : Field.values()) {
            TokenSequence ts = at.tokens(f);
            for (int i = 0; i < ts.size(); i++) {
                out.add(new Token(f, ts.start(i), ts.end(i), ts.text(i), ts.kind(i), ts.norm(i)));
            }
        }
        return out;
    }

    public static final class Builder {
        private EntityRecognizer ner = EntityRecognizer.NONE;
        private EntityLinker linker = EntityLinker.NONE;
        private QuoteExtractor quotes = QuoteExtractor.NONE;
        private DateRecognizer dates = DateRecognizer.NONE;
        private QuantityRecognizer quantities = QuantityRecognizer.NONE;

        public Builder ner(EntityRecognizer v) {
            ner = v;
            return this;
        }

        public Builder linker(EntityLinker v) {
            linker = v;
            return this;
        }

        public Builder quotes(QuoteExtractor v) {
            quotes = v;
            return this;
        }

        public Builder dates(DateRecognizer v) {
            dates = v;
            return this;
        }

        public Builder quantities(QuantityRecognizer v) {
            quantities = v;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
