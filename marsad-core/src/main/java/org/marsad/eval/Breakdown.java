package org.marsad.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * Scores per category (quote form, speaker kind, date granularity, entity type). Recall counts gold
 * items by their gold category; precision counts predictions by their own category, so a quote
 * found but predicted as the wrong form is right under one and wrong under the other.
 */
public final class Breakdown {
    /** Counts of one category. */
    public record Row(int gold, int goldHits, int predicted, int predictedHits) {
        public double precision() {
            return predicted == 0 ? 0.0 : (double) predictedHits / predicted;
        }

        public double recall() {
            return gold == 0 ? 0.0 : (double) goldHits / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    void gold(String category) {
        cell(category)[0]++;
    }

    void goldHit(String category) {
        cell(category)[1]++;
    }

    void pred(String category, boolean hit) {
        int[] c = cell(category);
        c[2]++;
        if (hit) {
            c[3]++;
        }
    }

    private int[] cell(String category) {
        return counts.computeIfAbsent(category, k -> new int[4]);
    }

    public Map<String, Row> rows() {
        Map<String, Row> out = new TreeMap<>();
        counts.forEach((k, c) -> out.put(k, new Row(c[0], c[1], c[2], c[3])));
        return out;
    }
}
