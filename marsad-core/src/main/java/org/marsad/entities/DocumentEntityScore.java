package org.marsad.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.TextSpan;

/**
 * Document-level entity scoring as {@code shared/tools/score_articles.py} does it: a predicted entity
 * is right when its type and one of its names match a gold entity's (after normalizing spelling and
 * taking one joined clitic off each word); each gold entity matches at most one prediction.
 */
public final class DocumentEntityScore {
    private static final String[] CLITICS = {"وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "و", "ف", "ب", "ل", "ك"};

    /** A gold entity: type, name and mention strings. */
    public record Gold(EntityType type, String name, List<String> mentions) {
    }

    private long truePositives;
    private long predicted;
    private long gold;

    /** Scores one article; returns the gold entities no prediction matched. */
    public List<Gold> add(List<Gold> goldEntities, List<Entity> predictions) {
        predicted += predictions.size();
        gold += goldEntities.size();
        boolean[] used = new boolean[predictions.size()];
        List<Gold> missed = new ArrayList<>();
        for (Gold g : goldEntities) {
            Set<String> gk = new HashSet<>();
            gk.add(key(g.name()));
            for (String m : g.mentions()) {
                gk.add(key(m));
            }
            boolean found = false;
            for (int i = 0; i < predictions.size() && !found; i++) {
                Entity e = predictions.get(i);
                if (used[i] || e.type() != g.type()) {
                    continue;
                }
                Set<String> ek = new HashSet<>();
                ek.add(key(e.name()));
                for (TextSpan m : e.mentions()) {
                    ek.add(key(m.text()));
                }
                ek.retainAll(gk);
                if (!ek.isEmpty()) {
                    used[i] = true;
                    truePositives++;
                    found = true;
                }
            }
            if (!found) {
                missed.add(g);
            }
        }
        return missed;
    }

    /** The scorer's matching form: normalized words, each without one joined clitic. */
    public static String key(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : NameKey.words(s)) {
            for (String p : CLITICS) {
                if (w.startsWith(p) && w.length() - p.length() >= 3) {
                    w = w.substring(p.length());
                    break;
                }
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long truePositives() {
        return truePositives;
    }

    public long predicted() {
        return predicted;
    }

    public long gold() {
        return gold;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)", precision(), recall(),
                f1(), truePositives, predicted, gold);
    }
}
