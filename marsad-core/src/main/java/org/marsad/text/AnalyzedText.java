package org.marsad.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.model.Sentence;

/**
 * An article with its text layer: the tokens of title and body and the sentences over them. This is
 * what every later annotator reads; it never changes the article's characters.
 */
public final class AnalyzedText {
    private final Article article;
    private final TokenSequence title;
    private final TokenSequence body;
    private final List<Sentence> sentences;
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;

    AnalyzedText(Article article, TokenSequence title, TokenSequence body, List<Sentence> sentences,
                 int[] sentenceFirst, int[] sentenceEnd) {
        this.article = article;
        this.title = title;
        this.body = body;
        this.sentences = Collections.unmodifiableList(sentences);
        this.sentenceFirst = sentenceFirst;
        this.sentenceEnd = sentenceEnd;
    }

    public Article article() {
        return article;
    }

    public String field(Field field) {
        return article.field(field);
    }

    public TokenSequence tokens(Field field) {
        return field == Field.TITLE ? title : body;
    }

    /** Sentences of the title first, then of the body, in text order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** First token (in its field's {@link TokenSequence}) of sentence {@code s}. */
    public int sentenceFirstToken(int s) {
        return sentenceFirst[s];
    }

    /** One past the last token of sentence {@code s}. */
    public int sentenceEndToken(int s) {
        return sentenceEnd[s];
    }

    /** Index of the sentence holding char offset {@code offset} of {@code field}, or -1. */
    public int sentenceAt(Field field, int offset) {
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sent = sentences.get(s);
            if (sent.field() == field && sent.start() <= offset && offset < sent.end()) {
                return s;
            }
        }
        return -1;
    }

    static AnalyzedText build(Article article, Tokenizer tokenizer, SentenceSplitter splitter) {
        TokenSequence title = tokenizer.tokenize(article.title(), Field.TITLE);
        TokenSequence body = tokenizer.tokenize(article.text(), Field.TEXT);
        List<Sentence> sentences = new ArrayList<>();
        IntList first = new IntList();
        IntList end = new IntList();
        for (TokenSequence ts : new TokenSequence[] {title, body}) {
            splitter.split(ts, (f, e) -> {
                sentences.add(new Sentence(ts.field(), ts.start(f), ts.end(e - 1)));
                first.add(f);
                end.add(e);
            });
        }
        return new AnalyzedText(article, title, body, sentences, first.toArray(), end.toArray());
    }

    private static final class IntList {
        private int[] a = new int[16];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
