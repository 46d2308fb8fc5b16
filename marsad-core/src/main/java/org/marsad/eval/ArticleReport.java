package org.marsad.eval;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Prints {@link ArticleScores}: the reference scorer's lines first (same format), then breakdowns and errors. */
public final class ArticleReport {
    public enum Capability { QUOTES, DATES, ENTITIES }

    private ArticleReport() {
    }

    public static void summary(ArticleScores s, Set<Capability> caps, PrintWriter out) {
        if (caps.contains(Capability.QUOTES)) {
            line(out, "quote_detect", s.quoteDetect());
            line(out, "quote_attributed", s.quoteAttributed());
        }
        if (caps.contains(Capability.DATES)) {
            line(out, "date_detect", s.dateDetect());
            line(out, "date_value", s.dateValue());
        }
        if (caps.contains(Capability.ENTITIES)) {
            line(out, "entity_doc", s.entityDoc());
        }
        out.printf("articles=%d missing=%d gold_quotes=%d gold_dates=%d gold_entities=%d%n", s.articles(), s.missing(),
                s.quoteDetect().gold(), s.dateDetect().gold(), s.entityDoc().gold());
        if (caps.equals(EnumSet.allOf(Capability.class))) {
            out.printf("quote_attr_F1=%s date_F1=%s entity_F1=%s%n", Prf.fixed3(s.quoteAttributed().f1()),
                    Prf.fixed3(s.dateValue().f1()), Prf.fixed3(s.entityDoc().f1()));
        }
    }

    public static void breakdown(ArticleScores s, Set<Capability> caps, PrintWriter out) {
        if (caps.contains(Capability.QUOTES)) {
            table(out, "attributed quotes by form", s.quotesByForm());
            table(out, "attributed quotes by speaker kind", s.quotesBySpeakerKind());
        }
        if (caps.contains(Capability.DATES)) {
            table(out, "dates (right value) by granularity", s.datesByGranularity());
        }
        if (caps.contains(Capability.ENTITIES)) {
            table(out, "entities by type", s.entitiesByType());
        }
    }

    public static void errors(ArticleScores s, Set<Capability> caps, PrintWriter out) {
        for (ScoreError e : s.errors()) {
            Capability c = switch (e.capability()) {
                case "quote" -> Capability.QUOTES;
                case "date" -> Capability.DATES;
                default -> Capability.ENTITIES;
            };
            if (!caps.contains(c)) {
                continue;
            }
            out.printf("%-13s %-6s %s", e.kind().name().toLowerCase(java.util.Locale.ROOT), e.capability(), e.article());
            if (e.gold() != null) {
                out.printf(" gold=«%s»", oneLine(e.gold()));
            }
            if (e.predicted() != null) {
                out.printf(" pred=«%s»", oneLine(e.predicted()));
            }
            out.printf(" (%s)%n", e.detail());
        }
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 160 ? t.substring(0, 157) + "…" : t;
    }

    private static void line(PrintWriter out, String name, Prf p) {
        out.printf("%-18s P=%s R=%s F1=%s%n", name, Prf.fixed3(p.precision()), Prf.fixed3(p.recall()), Prf.fixed3(p.f1()));
    }

    private static void table(PrintWriter out, String title, Map<String, Breakdown.Row> rows) {
        out.println();
        out.println(title + ":");
        out.printf("  %-22s %6s %6s %6s %6s %7s %7s %7s%n", "", "gold", "hit", "pred", "right", "P", "R", "F1");
        for (Map.Entry<String, Breakdown.Row> e : rows.entrySet()) {
            Breakdown.Row r = e.getValue();
            out.printf("  %-22s %6d %6d %6d %6d %7s %7s %7s%n", e.getKey(), r.gold(), r.goldHits(), r.predicted(),
                    r.predictedHits(), Prf.fixed3(r.precision()), Prf.fixed3(r.recall()), Prf.fixed3(r.f1()));
        }
    }
}
