package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Analysis;
import org.marsad.model.DateExpression;
import org.marsad.model.TextSpan;

/** What a system said about one article, reduced to what the article scorer compares. */
public record Prediction(String id, List<Quote> quotes, List<Date> dates, List<Entity> entities) {
    public Prediction {
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        entities = List.copyOf(entities);
    }

    /** {@code kind} is the contract's speaker kind (person, organization, …) or null. */
    public record Quote(String content, String speaker, String speakerKind, boolean direct, boolean inTitle) {
    }

    public record Date(String text, String value) {
    }

    public record Entity(String type, String name, List<String> mentions) {
    }

    public static Prediction of(Analysis a) {
        List<Quote> qs = new ArrayList<>();
        for (org.marsad.model.Quote q : a.quotes()) {
            qs.add(new Quote(q.content().text(), q.speaker() == null ? "" : q.speaker().name(),
                    q.speaker() == null ? null : q.speaker().kind().jsonName(), q.direct(), q.inTitle()));
        }
        List<Date> ds = new ArrayList<>();
        for (DateExpression d : a.dates()) {
            ds.add(new Date(d.span().text(), d.value()));
        }
        List<Entity> es = new ArrayList<>();
        for (org.marsad.model.Entity e : a.entities()) {
            List<String> ms = new ArrayList<>();
            for (TextSpan m : e.mentions()) {
                ms.add(m.text());
            }
            es.add(new Entity(e.type().name(), e.name(), ms));
        }
        return new Prediction(a.article().id(), qs, ds, es);
    }

    /**
     * Reads one line of {@code marsad analyze --format jsonl}; lenient where the reference scorer is
     * (a missing list is empty, a quote that is not an object is ignored).
     */
    public static Prediction fromJson(JsonNode o) {
        List<Quote> qs = new ArrayList<>();
        for (JsonNode q : o.path("quotes")) {
            if (!q.isObject()) {
                continue;
            }
            JsonNode speaker = q.path("speaker");
            qs.add(new Quote(orEmpty(GoldSet.text(q.path("content"), "text")),
                    orEmpty(speaker.isObject() ? GoldSet.text(speaker, "name") : null),
                    speaker.isObject() ? GoldSet.text(speaker, "kind") : null,
                    q.path("direct").asBoolean(false), q.path("in_title").asBoolean(false)));
        }
        List<Date> ds = new ArrayList<>();
        for (JsonNode d : o.path("dates")) {
            if (!d.isObject()) {
                continue;
            }
            JsonNode v = d.get("value");
            // a non-string value can never equal a gold string, as in the Python scorer
            String value = v == null || v.isNull() ? null : v.isTextual() ? v.asText() : "\u0000" + v;
            ds.add(new Date(orEmpty(GoldSet.text(d, "text")), value));
        }
        List<Entity> es = new ArrayList<>();
        for (JsonNode e : o.path("entities")) {
            List<String> ms = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) {
                ms.add(orEmpty(m.isObject() ? GoldSet.text(m, "text") : null));
            }
            es.add(new Entity(GoldSet.text(e, "type"), orEmpty(GoldSet.text(e, "name")), ms));
        }
        return new Prediction(GoldSet.text(o, "id"), qs, ds, es);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
