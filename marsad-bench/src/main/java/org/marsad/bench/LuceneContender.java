package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.model.Article;

/** The floor: Lucene's ArabicAnalyzer (tokenize, normalize, stop words, light stemming), as a search index would run it. */
final class LuceneContender implements Contender {
    private final Analyzer analyzer = new ArabicAnalyzer();

    @Override
    public String name() {
        return "Lucene ArabicAnalyzer";
    }

    @Override
    public long process(Article article) {
        return count("title", article.title()) + count("text", article.text());
    }

    private long count(String field, String s) {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream(field, s)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
