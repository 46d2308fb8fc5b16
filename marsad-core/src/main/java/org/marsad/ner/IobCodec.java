package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityType;

/**
 * IOB2 tags ↔ token spans. Decoding follows the CoNLL convention (and ../shared/tools/conlleval.py):
 * a span starts at a B- tag, or at an I- tag whose type differs from the running span.
 */
public final class IobCodec {
    private IobCodec() {
    }

    public static List<TagSpan> decode(int[] tags, int from, int to) {
        List<TagSpan> out = new ArrayList<>();
        int start = -1;
        EntityType type = null;
        for (int i = from; i <= to; i++) {
            int t = i < to ? tags[i] : NerTags.O;
            EntityType ty = NerTags.type(t);
            boolean breaks = t == NerTags.O || NerTags.isBegin(t) || ty != type;
            if (breaks) {
                if (type != null) {
                    out.add(new TagSpan(start - from, i - from, type));
                }
                start = t == NerTags.O ? -1 : i;
                type = ty;
            }
        }
        return out;
    }

    public static List<TagSpan> decode(int[] tags) {
        return decode(tags, 0, tags.length);
    }

    /** Writes IOB2 tags for {@code spans} into {@code tags[0, n)}; spans must not overlap. */
    public static int[] encode(List<TagSpan> spans, int n) {
        int[] tags = new int[n];
        for (TagSpan s : spans) {
            if (s.end() > n) {
                throw new IllegalArgumentException("span " + s + " beyond " + n + " tokens");
            }
            for (int i = s.start(); i < s.end(); i++) {
                if (tags[i] != NerTags.O) {
                    throw new IllegalArgumentException("overlapping span " + s);
                }
                tags[i] = i == s.start() ? NerTags.begin(s.type()) : NerTags.inside(s.type());
            }
        }
        return tags;
    }
}
