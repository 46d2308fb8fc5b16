package org.marsad.text;

import org.marsad.model.Article;

/** The text layer as one step: tokens and sentences of title and body. Thread-safe. */
public final class TextAnalyzer {
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public AnalyzedText analyze(Article article) {
        return AnalyzedText.build(article, tokenizer, splitter);
    }
}
