package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityType;

/**
 * Tags documents with IOB2 tags: a first pass per sentence, then — when the model has one — a second
 * pass whose features include the entity types the first pass gave the same word elsewhere in the
 * document (so رامسفيلد alone is tagged like دونالد رامسفيلد earlier). Immutable and thread-safe;
 * every call works in its own buffers.
 */
public final class NerTagger {
    static final int T = NerTags.COUNT;
    private static final int TYPES = EntityType.values().length;

    private final NerFeatures features;
    private final NerWeights first;
    private final NerWeights second;

    NerTagger(NerFeatures features, NerWeights first, NerWeights second) {
        this.features = features;
        this.first = first;
        this.second = second;
    }

    public NerFeatures features() {
        return features;
    }

    public boolean twoPass() {
        return second != null;
    }

    int featureCount() {
        return first.features() + (second == null ? 0 : second.features());
    }

    NerWeights first() {
        return first;
    }

    NerWeights second() {
        return second;
    }

    /** IOB2 tags ({@link NerTags}) of every sentence of {@code doc}. */
    int[][] tag(NerDocument doc) {
        Scratch s = new Scratch();
        int ns = doc.sentences();
        int[][] tags = new int[ns][];
        IntIntMap seen = second == null ? null : new IntIntMap(64);
        for (int k = 0; k < ns; k++) {
            doc.prepare(features, s.ctx, k);
            tags[k] = new int[s.ctx.n];
            decode(first, s, tags[k]);
            if (seen != null) {
                collectTypes(s.ctx, tags[k], seen);
            }
        }
        if (second == null) {
            return tags;
        }
        for (int k = 0; k < ns; k++) {
            doc.prepare(features, s.ctx, k);
            applyDocumentTypes(s.ctx, seen);
            decode(second, s, tags[k]);
        }
        return tags;
    }

    /** Adds the entity-type bits the tags give each word stem of the prepared sentence to {@code seen}. */
    static void collectTypes(SentenceContext c, int[] tags, IntIntMap seen) {
        for (int i = 0; i < c.n; i++) {
            EntityType t = NerTags.type(tags[i]);
            if (t != null && c.word[i].length() - c.stemStart[i] >= 2 && c.shape[i] != 9) {
                int h = c.stemH[i];
                seen.put(h, seen.get(h, 0) | (1 << t.ordinal()));
            }
        }
    }

    static void applyDocumentTypes(SentenceContext c, IntIntMap seen) {
        for (int i = 0; i < c.n; i++) {
            c.doc[i] = seen.get(c.stemH[i], 0);
        }
    }

    private void decode(NerWeights w, Scratch s, int[] out) {
        SentenceContext c = s.ctx;
        int n = c.n;
        s.ensure(n);
        java.util.Arrays.fill(s.emission, 0, n * T, 0f);
        for (int i = 0; i < n; i++) {
            int count = features.features(c, i, s.feats);
            w.score(s.feats, count, s.emission, i * T);
        }
        Viterbi.decode(s.emission, w.transitions(), n, out, s.delta, s.back);
    }

    /** Per-call buffers. */
    static final class Scratch {
        final SentenceContext ctx = new SentenceContext();
        final int[] feats = new int[NerFeatures.MAX_FEATURES];
        float[] emission = new float[0];
        float[] delta = new float[0];
        int[] back = new int[0];

        void ensure(int n) {
            if (emission.length < n * T) {
                int cap = Math.max(n, 64) * T;
                emission = new float[cap];
                delta = new float[cap];
                back = new int[cap];
            }
        }
    }

    /** Spans of each sentence's tags. */
    static List<List<TagSpan>> spans(int[][] tags) {
        List<List<TagSpan>> out = new ArrayList<>(tags.length);
        for (int[] t : tags) {
            out.add(IobCodec.decode(t));
        }
        return out;
    }

    static int types() {
        return TYPES;
    }
}
