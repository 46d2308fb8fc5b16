package org.marsad.quotes;

import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.Quote;
import org.marsad.pipeline.QuoteExtractor;
import org.marsad.text.AnalyzedText;

/**
 * Finds direct and indirect quotations in Arabic news and attributes them, by rules over the token
 * layer with a cue lexicon ({@code cues.tsv}), speaker word lists ({@code speaker-words.txt}) and a
 * list of common words built from news ({@code common-words.txt.gz}, to tell names from nouns).
 * See docs/quotes.md for the rules in order. Thread-safe: all state lives in a per-article
 * {@link QuoteFinder}.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {
    private final CueLexicon cues;
    private final SpeakerWords words;
    private final CommonWords common;

    public RuleQuoteExtractor(CueLexicon cues, SpeakerWords words, CommonWords common) {
        this.cues = cues;
        this.words = words;
        this.common = common;
    }

    /** The extractor with the shipped lexicons. */
    public static RuleQuoteExtractor standard() {
        return new RuleQuoteExtractor(CueLexicon.standard(), SpeakerWords.standard(), CommonWords.standard());
    }

    @Override
    public List<Quote> extract(AnalyzedText text, List<Entity> entities) {
        return new QuoteFinder(cues, words, common, text, entities).find();
    }
}
