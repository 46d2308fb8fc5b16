package org.marsad.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.DateExpression;
import org.marsad.model.Entity;
import org.marsad.model.Field;
import org.marsad.model.Quantity;
import org.marsad.model.Quote;
import org.marsad.model.Sentence;
import org.marsad.model.TextSpan;
import org.marsad.model.Token;

/**
 * Writes an {@link Analysis} as the analysis contract ({@code docs/json-contract.md}): field names,
 * order, and offsets in Unicode code points.
 */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private AnalysisJson() {
    }

    public static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        return g;
    }

    public static String toJson(Analysis a, boolean pretty) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            write(a, g);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    public static void write(Analysis a, JsonGenerator g) throws IOException {
        Article art = a.article();
        Offsets off = new Offsets(OffsetMap.of(art.title()), OffsetMap.of(art.text()));
        g.writeStartObject();
        g.writeStringField("id", art.id());
        g.writeStringField("title", art.title());
        g.writeStringField("text", art.text());
        g.writeStringField("published", art.published() == null ? null : art.published().toString());
        if (art.source() != null) {
            g.writeStringField("source", art.source());
        }
        if (art.url() != null) {
            g.writeStringField("url", art.url());
        }
        g.writeStringField("language", a.language());
        if (!art.metadata().isEmpty()) {
            g.writeFieldName("metadata");
            MAPPER.writeValue(g, art.metadata());
        }
        g.writeArrayFieldStart("sentences");
        for (Sentence s : a.sentences()) {
            g.writeStartObject();
            g.writeStringField("field", s.field().jsonName());
            g.writeNumberField("start", off.cp(s.field(), s.start()));
            g.writeNumberField("end", off.cp(s.field(), s.end()));
            g.writeEndObject();
        }
        g.writeEndArray();
        if (a.tokens() != null) {
            g.writeArrayFieldStart("tokens");
            for (Token t : a.tokens()) {
                g.writeStartObject();
                g.writeStringField("field", t.field().jsonName());
                g.writeNumberField("start", off.cp(t.field(), t.start()));
                g.writeNumberField("end", off.cp(t.field(), t.end()));
                g.writeStringField("text", t.text());
                g.writeStringField("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("norm", t.norm());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("entities");
        for (Entity e : a.entities()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("key", e.key());
            g.writeStringField("type", e.type().name());
            g.writeStringField("name", e.name());
            g.writeStringField("latin", e.latin());
            g.writeArrayFieldStart("titles");
            for (String t : e.titles()) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeStringField("gender", e.gender().name().toLowerCase(java.util.Locale.ROOT));
            g.writeArrayFieldStart("mentions");
            for (TextSpan m : e.mentions()) {
                span(g, m, off);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            g.writeStartObject();
            g.writeObjectFieldStart("speaker");
            g.writeStringField("entity", q.speaker().entity());
            g.writeStringField("name", q.speaker().name());
            g.writeStringField("kind", q.speaker().kind().jsonName());
            g.writeEndObject();
            g.writeFieldName("cue");
            if (q.cue() == null) {
                g.writeNull();
            } else {
                span(g, q.cue(), off);
            }
            g.writeBooleanField("direct", q.direct());
            g.writeStringField("via", q.via());
            g.writeStringField("medium", q.medium());
            g.writeBooleanField("in_title", q.inTitle());
            g.writeStringField("stance", q.stance() == null ? null : q.stance().jsonName());
            g.writeFieldName("content");
            span(g, q.content(), off);
            if (q.evidence() != null) {
                g.writeStringField("evidence", q.evidence());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dates");
        for (DateExpression d : a.dates()) {
            g.writeStartObject();
            spanFields(g, d.span(), off);
            g.writeStringField("value", d.value());
            if (d.endValue() != null) {
                g.writeStringField("end_value", d.endValue());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quantities");
        for (Quantity q : a.quantities()) {
            g.writeStartObject();
            spanFields(g, q.span(), off);
            g.writeNumberField("value", q.value());
            g.writeStringField("unit", q.unit());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, TextSpan s, Offsets off) throws IOException {
        g.writeStartObject();
        spanFields(g, s, off);
        g.writeEndObject();
    }

    private static void spanFields(JsonGenerator g, TextSpan s, Offsets off) throws IOException {
        g.writeStringField("field", s.field().jsonName());
        g.writeNumberField("start", off.cp(s.field(), s.start()));
        g.writeNumberField("end", off.cp(s.field(), s.end()));
        g.writeStringField("text", s.text());
    }

    private record Offsets(OffsetMap title, OffsetMap text) {
        int cp(Field f, int charOffset) {
            return (f == Field.TITLE ? title : text).toCodePoint(charOffset);
        }
    }

    /** A plain Jackson mapper for tools that read the contract back. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

}
