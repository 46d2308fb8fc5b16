package org.marsad.ner;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.EntityType;

/**
 * Span-level precision, recall and F1, overall and per type, as the CoNLL scorer counts them: a
 * predicted span is right when its tokens and type equal a gold span's.
 */
public final class SpanScores {
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    private long tokens;

    public SpanScores() {
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]); // gold, predicted, correct
        }
    }

    /** Adds one sentence. */
    public void add(int[] gold, int[] predicted) {
        if (gold.length != predicted.length) {
            throw new IllegalArgumentException("gold has " + gold.length + " tokens, prediction " + predicted.length);
        }
        tokens += gold.length;
        List<TagSpan> g = IobCodec.decode(gold);
        List<TagSpan> p = IobCodec.decode(predicted);
        Set<TagSpan> gs = new HashSet<>(g);
        for (TagSpan s : g) {
            counts.get(s.type())[0]++;
        }
        for (TagSpan s : p) {
            int[] c = counts.get(s.type());
            c[1]++;
            if (gs.contains(s)) {
                c[2]++;
            }
        }
    }

    public long tokens() {
        return tokens;
    }

    public Score of(EntityType type) {
        int[] c = counts.get(type);
        return new Score(c[0], c[1], c[2]);
    }

    public Score overall() {
        int g = 0;
        int p = 0;
        int c = 0;
        for (int[] x : counts.values()) {
            g += x[0];
            p += x[1];
            c += x[2];
        }
        return new Score(g, p, c);
    }

    /** Counts and the measures derived from them. */
    public record Score(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A table in the layout of ../shared/tools/conlleval.py. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            Score s = of(t);
            if (s.gold() > 0) {
                sb.append(String.format("%-5s P=%.3f R=%.3f F1=%.3f n=%d%n", t, s.precision(), s.recall(), s.f1(), s.gold()));
            }
        }
        Score o = overall();
        sb.append(String.format("tokens=%d spans_gold=%d spans_pred=%d%n", tokens, o.gold(), o.predicted()));
        sb.append(String.format("NER_F1=%.3f P=%.3f R=%.3f%n", o.f1(), o.precision(), o.recall()));
        return sb.toString();
    }
}
