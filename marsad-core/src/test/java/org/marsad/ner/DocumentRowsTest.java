package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentRowsTest {
    private static final int T = NerTags.COUNT;
    private static final int BITS = 1 << (NerTagger.types() + 1);

    /** A weight set that knows every document feature over the values tagging meets, each with its own random row. */
    private static NerWeights everyDocumentFeature() {
        Random r = new Random(3);
        IntIntMap rows = new IntIntMap(1 << 16);
        int[] out = new int[NerFeatures.MAX_FEATURES];
        int[] doc = new int[3];
        int[] tags = new int[3];
        int[] shapes = new int[3];
        for (int code = 0; code < 200_000; code++) {
            random(r, doc, tags, shapes);
            for (int i = 0; i < 3; i++) {
                int count = NerFeatures.documentFeatures(doc, shapes, tags, 3, i, out);
                for (int k = 0; k < count; k++) {
                    rows.getOrPut(out[k], rows.size());
                }
            }
        }
        float[] w = new float[rows.size() * T];
        for (int k = 0; k < w.length; k++) {
            w[k] = (float) r.nextGaussian();
        }
        return NerWeights.quantize(rows, w, new float[(T + 1) * T]);
    }

    private static void random(Random r, int[] doc, int[] tags, int[] shapes) {
        for (int i = 0; i < 3; i++) {
            doc[i] = r.nextInt(3) == 0 ? 0 : r.nextInt(BITS);
            tags[i] = r.nextInt(T);
            shapes[i] = r.nextInt(12);
        }
    }

    @Test
    void sumsEqualTheDocumentFeaturesLookedUpOneByOne() {
        NerWeights synthetic = everyDocumentFeature();
        for (NerWeights weights : new NerWeights[] {synthetic, NerTagger.shipped().second()}) {
            DocumentRows rows = new DocumentRows(weights);
            Random r = new Random(11);
            int[] doc = new int[3];
            int[] tags = new int[3];
            int[] shapes = new int[3];
            int[] feats = new int[NerFeatures.MAX_FEATURES];
            NerWeights.Lookup lookup = new NerWeights.Lookup();
            int[] got = new int[T];
            int[] expected = new int[T];
            int withFeatures = 0;
            int nonZero = 0;
            for (int trial = 0; trial < 100_000; trial++) {
                random(r, doc, tags, shapes);
                if (trial % 10 == 0) {
                    shapes[1] = DocumentRows.SHAPES + r.nextInt(5); // past the tables: looked up
                }
                for (int i = 0; i < 3; i++) {
                    java.util.Arrays.fill(expected, 0);
                    int count = NerFeatures.documentFeatures(doc, shapes, tags, 3, i, feats);
                    weights.sum(feats, count, expected, 0, lookup);
                    java.util.Arrays.fill(got, 0);
                    boolean has = rows.sum(doc, shapes, tags, 3, i, got, feats, lookup);
                    assertThat(has).as("has features").isEqualTo(count > 0);
                    if (has) {
                        withFeatures++;
                        assertThat(got).as("doc %s tags %s shapes %s token %d", java.util.Arrays.toString(doc),
                                java.util.Arrays.toString(tags), java.util.Arrays.toString(shapes), i).containsExactly(expected);
                        nonZero += expected[0] != 0 ? 1 : 0;
                    }
                }
            }
            assertThat(withFeatures).isGreaterThan(200_000);
            if (weights == synthetic) {
                assertThat(nonZero).as("sums that could be wrong").isGreaterThan(200_000);
            }
        }
    }
}
