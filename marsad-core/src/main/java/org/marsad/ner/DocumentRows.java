package org.marsad.ner;

/**
 * The second pass's document features ({@link NerFeatures#documentFeatures}) with their weight rows looked up
 * once per tagger. Every value they combine is small — a token's and its neighbours' document bits, first-pass
 * tags, shape — so each feature's rows over all its values fit in a few kilobytes, and a token's second-pass
 * score costs a few array reads instead of hashing each feature and looking it up. The tables are filled by
 * calling {@code documentFeatures} itself on made-up neighbourhoods, so they hold exactly the rows it would
 * find. Immutable.
 */
final class DocumentRows {
    private static final int T = NerTags.COUNT;
    /** Document bits: one per entity type and one for O ({@link NerTagger.FirstPass#docBits}). */
    private static final int BITS = 1 << (NerTagger.types() + 1);
    /** Shapes ({@link WordForms#shape}) below this have their rows here; a larger one is looked up. */
    static final int SHAPES = 16;

    private final NerWeights weights;
    /** With document bits: the bits; with the tag; with the left and right bits; with the shape; with the previous tag. */
    private final int[] own = new int[BITS];
    private final int[] ownTag = new int[BITS * T];
    private final int[] ownLeft = new int[BITS * BITS];
    private final int[] ownRight = new int[BITS * BITS];
    private final int[] ownShape = new int[BITS * SHAPES];
    /** Index 0: the token starts its sentence. */
    private final int[] ownPrevious = new int[BITS * (T + 1)];
    /** Without document bits of its own, only its neighbours': left with right, left with the tag. */
    private final int[] sides = new int[BITS * BITS];
    private final int[] leftTag = new int[BITS * T];

    DocumentRows(NerWeights weights) {
        this.weights = weights;
        int[] out = new int[NerFeatures.MAX_FEATURES];
        int[] shapes = new int[3];
        int[] tags = new int[3];
        int[] doc = new int[3];
        for (int d = 1; d < BITS; d++) {
            for (int v = 0; v < BITS; v++) {
                // token 1 of three: own bits d, neighbours' v (left) and v (right)
                set(doc, v, d, v);
                NerFeatures.documentFeatures(doc, shapes, tags, 3, 1, out);
                own[d] = weights.rowOf(out[0]);
                ownLeft[d * BITS + v] = weights.rowOf(out[2]);
                ownRight[d * BITS + v] = weights.rowOf(out[3]);
            }
            set(doc, 0, d, 0);
            for (int tag = 0; tag < T; tag++) {
                set(tags, tag, tag, 0);
                NerFeatures.documentFeatures(doc, shapes, tags, 3, 1, out);
                ownTag[d * T + tag] = weights.rowOf(out[1]);
                ownPrevious[d * (T + 1) + tag + 1] = weights.rowOf(out[5]);
            }
            set(doc, d, 0, 0);
            NerFeatures.documentFeatures(doc, shapes, tags, 3, 0, out);
            ownPrevious[d * (T + 1)] = weights.rowOf(out[5]);
            set(doc, 0, d, 0);
            for (int shape = 0; shape < SHAPES; shape++) {
                set(shapes, 0, shape, 0);
                NerFeatures.documentFeatures(doc, shapes, tags, 3, 1, out);
                ownShape[d * SHAPES + shape] = weights.rowOf(out[4]);
            }
        }
        set(shapes, 0, 0, 0);
        for (int left = 0; left < BITS; left++) {
            for (int right = 0; right < BITS; right++) {
                if (left != 0 || right != 0) {
                    set(doc, left, 0, right);
                    NerFeatures.documentFeatures(doc, shapes, tags, 3, 1, out);
                    sides[left * BITS + right] = weights.rowOf(out[0]);
                }
            }
            for (int tag = 0; tag < T; tag++) {
                // the tag feature does not read the right bits; they only have to let the features be
                set(doc, left, 0, left == 0 ? 1 : 0);
                set(tags, 0, tag, 0);
                NerFeatures.documentFeatures(doc, shapes, tags, 3, 1, out);
                leftTag[left * T + tag] = weights.rowOf(out[1]);
            }
        }
    }

    private static void set(int[] a, int x, int y, int z) {
        a[0] = x;
        a[1] = y;
        a[2] = z;
    }

    /**
     * The quantized second-pass sums of token {@code i}'s document features into {@code sum[0, T)}, as
     * {@link NerWeights#sum} gives them over {@link NerFeatures#documentFeatures}; false, and {@code sum}
     * untouched, when it has none.
     */
    boolean sum(int[] doc, int[] shape, int[] firstTags, int n, int i, int[] sum, int[] feats,
            NerWeights.Lookup lookup) {
        int d = doc[i];
        int dl = i > 0 ? doc[i - 1] : 0;
        int dr = i + 1 < n ? doc[i + 1] : 0;
        if (d == 0 && dl == 0 && dr == 0) {
            return false;
        }
        for (int t = 0; t < T; t++) {
            sum[t] = 0;
        }
        int tag = firstTags[i];
        if (d == 0) {
            weights.addRow(sides[dl * BITS + dr], sum, 0);
            weights.addRow(leftTag[dl * T + tag], sum, 0);
        } else if (shape[i] >= SHAPES) {
            weights.sum(feats, NerFeatures.documentFeatures(doc, shape, firstTags, n, i, feats), sum, 0, lookup);
        } else {
            weights.addRow(own[d], sum, 0);
            weights.addRow(ownTag[d * T + tag], sum, 0);
            weights.addRow(ownLeft[d * BITS + dl], sum, 0);
            weights.addRow(ownRight[d * BITS + dr], sum, 0);
            weights.addRow(ownShape[d * SHAPES + shape[i]], sum, 0);
            weights.addRow(ownPrevious[d * (T + 1) + (i > 0 ? firstTags[i - 1] + 1 : 0)], sum, 0);
        }
        return true;
    }
}
