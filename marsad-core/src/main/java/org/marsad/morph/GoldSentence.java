package org.marsad.morph;

import java.util.List;

/**
 * One sentence of a segmentation gold standard: the raw text a segmenter reads and the tokens of that text,
 * each with the surface words it splits into.
 */
public record GoldSentence(String id, String text, List<Token> tokens) {
    public GoldSentence {
        tokens = List.copyOf(tokens);
    }

    /**
     * A space-delimited token and its words, each written with the surface characters it covers.
     * {@code lemmas} parallels {@code words} (the article restored where a preceding {@code ل} elided it).
     */
    public record Token(String surface, List<String> words, List<String> lemmas) {
        public Token {
            words = List.copyOf(words);
            lemmas = List.copyOf(lemmas);
        }
    }

    /** Number of words over all tokens. */
    public int wordCount() {
        int n = 0;
        for (Token t : tokens) {
            n += t.words().size();
        }
        return n;
    }
}
