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
     * {@code unanalysed} marks a token the treebank's morphological analyser left as it was (PADT's
     * {@code XPOS U}): its clitics, if any, were never split off.
     */
    public record Token(String surface, List<String> words, List<String> lemmas, boolean unanalysed) {
        public Token {
            words = List.copyOf(words);
            lemmas = List.copyOf(lemmas);
        }
    }

    /**
     * The sentence without its unanalysed tokens, the text rebuilt from the remaining tokens (for scoring
     * what the treebank did analyse).
     */
    public GoldSentence withoutUnanalysed() {
        List<Token> kept = tokens.stream().filter(t -> !t.unanalysed()).toList();
        if (kept.size() == tokens.size()) {
            return this;
        }
        StringBuilder sb = new StringBuilder();
        for (Token t : kept) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.surface());
        }
        return new GoldSentence(id, sb.toString(), kept);
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
