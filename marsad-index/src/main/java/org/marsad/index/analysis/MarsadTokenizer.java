package org.marsad.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.model.Field;
import org.marsad.model.TokenKind;
import org.marsad.text.TokenSequence;

/**
 * Lucene adapter of Marsad's {@link org.marsad.text.Tokenizer}: the words, numbers and tags of a field
 * with their offsets in the original text; punctuation, quotation marks, URLs and e-mails are left out.
 * A {@code #} or {@code @} is dropped so a hashtag is found by its word.
 */
public final class MarsadTokenizer extends Tokenizer {
    private static final org.marsad.text.Tokenizer TOKENIZER = new org.marsad.text.Tokenizer();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final StringBuilder buffer = new StringBuilder();
    private final char[] chunk = new char[4096];
    private TokenSequence tokens;
    private String text;
    private int next;
    private int skipped;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (tokens == null) {
            readAll();
        }
        while (next < tokens.size()) {
            int i = next++;
            TokenKind kind = tokens.kind(i);
            if (!indexed(kind)) {
                skipped++;
                continue;
            }
            int start = tokens.start(i);
            int end = tokens.end(i);
            if (kind == TokenKind.HASHTAG || kind == TokenKind.MENTION) {
                start++;
            }
            term.copyBuffer(chunkOf(start, end), 0, end - start);
            offset.setOffset(correctOffset(start), correctOffset(end));
            // a skipped punctuation mark is no gap for phrases: "قال: إن" still matches قال إن
            posInc.setPositionIncrement(1);
            skipped = 0;
            return true;
        }
        return false;
    }

    private char[] scratch = new char[64];

    private char[] chunkOf(int start, int end) {
        int n = end - start;
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        text.getChars(start, end, scratch, 0);
        return scratch;
    }

    private static boolean indexed(TokenKind kind) {
        return switch (kind) {
            case ARABIC, LATIN, NUMBER, ABBREVIATION, DATE, HASHTAG, MENTION -> true;
            default -> false;
        };
    }

    private void readAll() throws IOException {
        buffer.setLength(0);
        int n;
        while ((n = input.read(chunk)) > 0) {
            buffer.append(chunk, 0, n);
        }
        text = buffer.toString();
        tokens = TOKENIZER.tokenize(text, Field.TEXT);
        next = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(text == null ? 0 : text.length());
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens = null;
        text = null;
        next = 0;
        skipped = 0;
    }
}
