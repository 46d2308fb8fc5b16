package org.marsad.model;

import java.util.List;

/** Everything Marsad found in one article; every output (JSON, index, web page) is a view of it. */
public record Analysis(Article article, List<Sentence> sentences, List<Token> tokens, List<Entity> entities,
                       List<Quote> quotes, List<DateExpression> dates, List<Quantity> quantities) {
    public Analysis {
        sentences = List.copyOf(sentences);
        tokens = tokens == null ? null : List.copyOf(tokens);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
    }

    public String language() {
        return "ar";
    }
}
