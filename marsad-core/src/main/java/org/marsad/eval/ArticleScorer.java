package org.marsad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores quotes, dates and entities of predictions against gold articles exactly as the reference
 * scorer {@code shared/tools/score_articles.py} does (same greedy matching in the same order), and
 * adds what the reference does not: a breakdown by kind and the list of every error.
 */
public final class ArticleScorer {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");

    private ArticleScorer() {
    }

    /** {@code predictions} by article id; a gold article with no prediction counts as predicting nothing. */
    public static ArticleScores score(List<GoldArticle> gold, Map<String, Prediction> predictions) {
        ArticleScores.Builder s = new ArticleScores.Builder();
        for (GoldArticle g : gold) {
            Prediction p = predictions.get(g.id());
            if (p == null) {
                s.missing++;
                p = new Prediction(g.id(), List.of(), List.of(), List.of());
            }
            s.articles++;
            quotes(g, p, s);
            dates(g, p, s);
            entities(g, p, s);
        }
        return s.build();
    }

    private static void quotes(GoldArticle g, Prediction p, ArticleScores.Builder s) {
        List<Prediction.Quote> pq = p.quotes();
        s.quotePred += pq.size();
        s.quoteGold += g.quotes().size();
        boolean[] used = new boolean[pq.size()];
        boolean[] attributed = new boolean[pq.size()];
        for (GoldArticle.Quote gq : g.quotes()) {
            double best = 0.0;
            int bi = -1;
            for (int i = 0; i < pq.size(); i++) {
                if (used[i]) {
                    continue;
                }
                double o = ScoreText.overlap(gq.content(), pq.get(i).content());
                if (o > best) {
                    best = o;
                    bi = i;
                }
            }
            String form = form(gq.inTitle(), gq.direct());
            String kind = "speaker " + (gq.speakerKind() == null ? "?" : gq.speakerKind());
            s.quoteByForm.gold(form);
            s.quoteByKind.gold(kind);
            if (bi >= 0 && best >= 0.5) {
                used[bi] = true;
                s.quoteFound++;
                Prediction.Quote q = pq.get(bi);
                if (ScoreText.nameMatch(q.speaker(), gq.names())) {
                    s.quoteAttributed++;
                    attributed[bi] = true;
                    s.quoteByForm.goldHit(form);
                    s.quoteByKind.goldHit(kind);
                } else {
                    s.error(ScoreError.Kind.MISATTRIBUTED, "quote", g.id(), gq.content(), q.content(),
                            "gold speaker " + gq.speaker() + ", predicted " + q.speaker());
                }
            } else {
                s.error(ScoreError.Kind.MISSED, "quote", g.id(), gq.content(), null, "speaker " + gq.speaker());
            }
        }
        for (int i = 0; i < pq.size(); i++) {
            Prediction.Quote q = pq.get(i);
            String form = form(q.inTitle(), q.direct());
            String kind = "speaker " + (q.speakerKind() == null ? "?" : q.speakerKind());
            s.quoteByForm.pred(form, attributed[i]);
            s.quoteByKind.pred(kind, attributed[i]);
            if (!used[i]) {
                s.error(ScoreError.Kind.SPURIOUS, "quote", g.id(), null, q.content(), "speaker " + q.speaker());
            }
        }
    }

    private static String form(boolean inTitle, boolean direct) {
        return inTitle ? "headline" : direct ? "direct" : "indirect";
    }

    private record DateKey(String text, String value) {
    }

    private static void dates(GoldArticle g, Prediction p, ArticleScores.Builder s) {
        // distinct (normalized text, value) pairs: a repeated expression listed once or at each
        // occurrence is the same answer
        Set<DateKey> pset = new LinkedHashSet<>();
        for (Prediction.Date d : p.dates()) {
            pset.add(new DateKey(ScoreText.norm(d.text()), d.value()));
        }
        Set<DateKey> gset = new LinkedHashSet<>();
        for (GoldArticle.Date d : g.dates()) {
            gset.add(new DateKey(ScoreText.norm(d.text()), d.value()));
        }
        List<DateKey> pd = new ArrayList<>(pset);
        s.datePred += pd.size();
        s.dateGold += gset.size();
        boolean[] used = new boolean[pd.size()];
        boolean[] right = new boolean[pd.size()];
        for (DateKey gd : gset) {
            String gran = granularity(gd.value());
            s.dateByGranularity.gold(gran);
            List<Integer> cands = new ArrayList<>();
            for (int i = 0; i < pd.size(); i++) {
                String dn = pd.get(i).text();
                if (!used[i] && !dn.isEmpty() && (gd.text().contains(dn) || dn.contains(gd.text()))) {
                    cands.add(i);
                }
            }
            if (cands.isEmpty()) {
                s.error(ScoreError.Kind.MISSED, "date", g.id(), gd.text(), null, "value " + gd.value());
                continue;
            }
            int best = cands.get(0);
            for (int i : cands) {
                if (Objects.equals(pd.get(i).value(), gd.value())) {
                    best = i;
                    break;
                }
            }
            used[best] = true;
            s.dateFound++;
            if (Objects.equals(pd.get(best).value(), gd.value())) {
                s.dateRight++;
                right[best] = true;
                s.dateByGranularity.goldHit(gran);
            } else {
                s.error(ScoreError.Kind.WRONG_VALUE, "date", g.id(), gd.text(), pd.get(best).text(),
                        "gold " + gd.value() + ", predicted " + pd.get(best).value());
            }
        }
        for (int i = 0; i < pd.size(); i++) {
            s.dateByGranularity.pred(granularity(pd.get(i).value()), right[i]);
            if (!used[i]) {
                s.error(ScoreError.Kind.SPURIOUS, "date", g.id(), null, pd.get(i).text(), "value " + pd.get(i).value());
            }
        }
    }

    static String granularity(String value) {
        if (value == null) {
            return "none";
        }
        if (DAY.matcher(value).matches()) {
            return "day";
        }
        if (WEEK.matcher(value).matches()) {
            return "week";
        }
        if (MONTH.matcher(value).matches()) {
            return "month";
        }
        if (YEAR.matcher(value).matches()) {
            return "year";
        }
        return "other";
    }

    private static void entities(GoldArticle g, Prediction p, ArticleScores.Builder s) {
        List<Prediction.Entity> pe = p.entities();
        s.entityPred += pe.size();
        s.entityGold += g.entities().size();
        List<Set<String>> predKeys = new ArrayList<>(pe.size());
        for (Prediction.Entity e : pe) {
            Set<String> k = new HashSet<>();
            for (String m : e.mentions()) {
                k.add(ScoreText.mentionKey(m));
            }
            k.add(ScoreText.mentionKey(e.name()));
            predKeys.add(k);
        }
        boolean[] used = new boolean[pe.size()];
        for (GoldArticle.Entity ge : g.entities()) {
            s.entityByType.gold(ge.type());
            Set<String> gk = new HashSet<>();
            for (String m : ge.mentions()) {
                gk.add(ScoreText.mentionKey(m));
            }
            gk.add(ScoreText.mentionKey(ge.name()));
            boolean found = false;
            for (int i = 0; i < pe.size() && !found; i++) {
                if (used[i] || !Objects.equals(pe.get(i).type(), ge.type())) {
                    continue;
                }
                for (String k : predKeys.get(i)) {
                    if (gk.contains(k)) {
                        found = true;
                        break;
                    }
                }
                if (found) {
                    used[i] = true;
                    s.entityFound++;
                    s.entityByType.goldHit(ge.type());
                }
            }
            if (!found) {
                s.error(ScoreError.Kind.MISSED, "entity", g.id(), ge.name(), null, ge.type() + " " + ge.mentions());
            }
        }
        for (int i = 0; i < pe.size(); i++) {
            Prediction.Entity e = pe.get(i);
            s.entityByType.pred(String.valueOf(e.type()), used[i]);
            if (!used[i]) {
                s.error(ScoreError.Kind.SPURIOUS, "entity", g.id(), null, e.name(), e.type() + " " + e.mentions());
            }
        }
    }

    /** Predictions by id; a later one with the same id replaces an earlier one, as in the reference. */
    public static Map<String, Prediction> byId(List<Prediction> predictions) {
        Map<String, Prediction> m = new LinkedHashMap<>();
        for (Prediction p : predictions) {
            m.put(p.id(), p);
        }
        return m;
    }
}
