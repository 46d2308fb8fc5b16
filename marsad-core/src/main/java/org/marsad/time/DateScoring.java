package org.marsad.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Scores found dates against gold ones as the project's reference scorer does
 * ({@code shared/tools/score_articles.py}): distinct (text, value) pairs per article; a gold date is
 * found when a predicted text contains it or lies inside it, and right when the value is also equal.
 */
public final class DateScoring {
    private DateScoring() {
    }

    /** A date as text and value; build with {@link #pair} so texts compare normalized. */
    public record Pair(String text, String value) {
    }

    /** Counts over one or more articles. */
    public record Score(int predicted, int expected, int found, int right) {
        public static final Score ZERO = new Score(0, 0, 0, 0);

        public Score plus(Score o) {
            return new Score(predicted + o.predicted, expected + o.expected, found + o.found, right + o.right);
        }

        public double precision() {
            return predicted == 0 ? 0 : right / (double) predicted;
        }

        public double recall() {
            return expected == 0 ? 0 : right / (double) expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One article's score with what went wrong: gold dates not found, found with another value, extra. */
    public record ArticleScore(Score score, List<Pair> missed, List<Pair[]> wrongValue, List<Pair> spurious) {
    }

    public static Pair pair(String text, String value) {
        return new Pair(normalize(text), value);
    }

    public static ArticleScore score(Collection<Pair> predicted, Collection<Pair> gold) {
        List<Pair> pred = new ArrayList<>(new LinkedHashSet<>(predicted));
        List<Pair> want = new ArrayList<>(new LinkedHashSet<>(gold));
        boolean[] used = new boolean[pred.size()];
        int found = 0;
        int right = 0;
        List<Pair> missed = new ArrayList<>();
        List<Pair[]> wrong = new ArrayList<>();
        for (Pair w : want) {
            int best = -1;
            for (int i = 0; i < pred.size(); i++) {
                String pn = pred.get(i).text();
                if (used[i] || pn.isEmpty() || !(w.text().contains(pn) || pn.contains(w.text()))) {
                    continue;
                }
                if (best < 0 || (pred.get(i).value().equals(w.value()) && !pred.get(best).value().equals(w.value()))) {
                    best = i;
                }
            }
            if (best < 0) {
                missed.add(w);
                continue;
            }
            used[best] = true;
            found++;
            if (pred.get(best).value().equals(w.value())) {
                right++;
            } else {
                wrong.add(new Pair[] {w, pred.get(best)});
            }
        }
        List<Pair> spurious = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            if (!used[i]) {
                spurious.add(pred.get(i));
            }
        }
        return new ArticleScore(new Score(pred.size(), want.size(), found, right), missed, wrong, spurious);
    }

    /** The scorer's normalization: no diacritics, folded alef, yeh and teh marbuta, punctuation as space. */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u0610' && c <= '\u061a') || (c >= '\u064b' && c <= '\u065f') || c == '\u0670'
                    || (c >= '\u06d6' && c <= '\u06ed') || c == '\u0640') {
                continue;
            }
            c = switch (c) {
                case 'إ', 'أ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ئ' -> 'ي';
                case 'ة' -> 'ه';
                case 'ؤ' -> 'و';
                default -> c;
            };
            if (Character.isWhitespace(c) || "“”«»\"'()[]،,.:؛;!؟?-–—".indexOf(c) >= 0) {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            b.append(c);
            space = false;
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return b.toString();
    }
}
