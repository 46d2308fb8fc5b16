package org.marsad.morph;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Field;
import org.marsad.model.TokenKind;
import org.marsad.text.TokenSequence;
import org.marsad.text.Tokenizer;

/**
 * Raw text in, words out: tokenizes a sentence and segments its Arabic tokens, writing CoNLL-U (multiword
 * token lines over split tokens, one word per line with the surface characters it covers, the lemma column
 * with a restored article) or the {@code و+ب+الولايات} text form. Holds scratch state: use one instance per
 * thread.
 */
public final class SentenceSegmenter {
    private final Segmenter segmenter;
    private final Tokenizer tokenizer = new Tokenizer();
    private final Segmentation seg = new Segmentation();

    public SentenceSegmenter(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    private TokenSequence tokens(String text) {
        return tokenizer.tokenize(text, Field.TEXT);
    }

    private Segmentation segment(TokenSequence ts, String text, int i) {
        if (ts.kind(i) == TokenKind.ARABIC) {
            return segmenter.segment(text, ts.start(i), ts.end(i), seg);
        }
        seg.resetWhole(text, ts.start(i), ts.end(i));
        return seg;
    }

    /** The surface words of the sentence, in order. */
    public List<String> words(String text) {
        TokenSequence ts = tokens(text);
        List<String> out = new ArrayList<>(ts.size() + 8);
        for (int i = 0; i < ts.size(); i++) {
            Segmentation s = segment(ts, text, i);
            for (int k = 0; k < s.size(); k++) {
                out.add(s.word(k));
            }
        }
        return out;
    }

    /** Appends the sentence in the text form: tokens separated by spaces, {@code +} at clitic joins. */
    public StringBuilder appendText(String text, StringBuilder out) {
        TokenSequence ts = tokens(text);
        for (int i = 0; i < ts.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            segment(ts, text, i).appendPlusForm(out);
        }
        return out.append('\n');
    }

    /** Appends the sentence as a CoNLL-U block ({@code # sent_id}, {@code # text}, token and word lines, blank line). */
    public StringBuilder appendConllu(String sentId, String text, StringBuilder out) {
        TokenSequence ts = tokens(text);
        if (sentId != null) {
            out.append("# sent_id = ").append(sentId).append('\n');
        }
        out.append("# text = ").append(text.replace('\n', ' ')).append('\n');
        int id = 1;
        for (int i = 0; i < ts.size(); i++) {
            Segmentation s = segment(ts, text, i);
            boolean spaceAfter = ts.end(i) < text.length() && Character.isWhitespace(text.charAt(ts.end(i)));
            boolean last = i == ts.size() - 1;
            String misc = spaceAfter || last ? "_" : "SpaceAfter=No";
            if (s.size() > 1) {
                out.append(id).append('-').append(id + s.size() - 1).append('\t');
                out.append(text, ts.start(i), ts.end(i)).append("\t_\t_\t_\t_\t_\t_\t_\t").append(misc).append('\n');
            }
            for (int k = 0; k < s.size(); k++) {
                out.append(id++).append('\t').append(text, s.start(k), s.end(k)).append('\t').append(s.lemma(k))
                        .append("\t_\t_\t_\t_\t_\t_\t").append(s.size() > 1 ? "_" : misc).append('\n');
            }
        }
        return out.append('\n');
    }
}
