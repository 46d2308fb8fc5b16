package org.marsad.model;

/** What a token is, as the tokenizer decided it. */
public enum TokenKind {
    ARABIC, LATIN, NUMBER, PUNCT, QUOTE, URL, EMAIL, HASHTAG, MENTION, ABBREVIATION, DATE, SYMBOL, OTHER;

    public boolean isWord() {
        return this == ARABIC || this == LATIN || this == ABBREVIATION;
    }
}
