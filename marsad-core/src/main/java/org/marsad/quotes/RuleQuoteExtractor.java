package org.marsad.quotes;

import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.Quote;
import org.marsad.pipeline.QuoteExtractor;
import org.marsad.text.AnalyzedText;
import org.marsad.text.WordStrings;

/**
 * Finds direct and indirect quotations in Arabic news and attributes them, by rules over the token
 * layer with a cue lexicon ({@code cues.tsv}), speaker word lists ({@code speaker-words.txt}) and a
 * list of common words built from news ({@code common-words.txt.gz}, to tell names from nouns).
 * See docs/quotes.md for the rules in order. Thread-safe: all state lives in a per-article
 * {@link QuoteFinder}, but for a per-thread memory of word strings.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {
    private final CueLexicon cues;
    private final SpeakerWords words;
    private final CommonWords common;
    /** Per thread, the strings of words cut from tokens lately (without a clitic or the article). */
    private final ThreadLocal<WordStrings> strings = ThreadLocal.withInitial(() -> new WordStrings(12));

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
        return new QuoteFinder(cues, words, common, text, entities, strings.get()).find();
    }
}
