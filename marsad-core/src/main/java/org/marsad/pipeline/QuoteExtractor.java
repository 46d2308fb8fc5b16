package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.Quote;
import org.marsad.text.AnalyzedText;

/** Finds quotations and attributes them to speakers. Implementations are thread-safe. */
@FunctionalInterface
public interface QuoteExtractor {
    List<Quote> extract(AnalyzedText text, List<Entity> entities);

    QuoteExtractor NONE = (text, entities) -> List.of();
}
