package org.marsad.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.marsad.io.AnalysisJson;
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

/** The offset invariants every analysis must keep, in Java (UTF-16) and in the JSON contract (code points). */
final class SpanChecks {
    private SpanChecks() {
    }

    static void assertValid(Analysis a) {
        Article art = a.article();
        List<TextSpan> spans = new ArrayList<>();
        for (Entity e : a.entities()) {
            spans.addAll(e.mentions());
        }
        for (Quote q : a.quotes()) {
            spans.add(q.content());
            if (q.cue() != null) {
                spans.add(q.cue());
            }
        }
        for (DateExpression d : a.dates()) {
            spans.add(d.span());
        }
        for (Quantity q : a.quantities()) {
            spans.add(q.span());
        }
        if (a.tokens() != null) {
            for (Token t : a.tokens()) {
                assertThat(t.text()).isEqualTo(art.field(t.field()).substring(t.start(), t.end()));
            }
        }
        for (TextSpan s : spans) {
            String f = art.field(s.field());
            assertThat(s.end()).as("span end within %s", s.field()).isLessThanOrEqualTo(f.length());
            assertThat(s.text()).isEqualTo(f.substring(s.start(), s.end()));
        }
        Field prevField = null;
        int prevEnd = 0;
        for (Sentence s : a.sentences()) {
            if (s.field() != prevField) {
                assertThat(prevField == null || s.field().ordinal() > prevField.ordinal()).as("fields in order").isTrue();
                prevField = s.field();
                prevEnd = 0;
            }
            assertThat(s.start()).as("sentences ordered, not overlapping").isGreaterThanOrEqualTo(prevEnd);
            assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(art.field(s.field()).length());
            prevEnd = s.end();
        }
        assertJsonValid(art, AnalysisJson.toJson(a, false));
    }

    /** Every object with field/start/end in the JSON is a valid code point range whose text is that slice. */
    static void assertJsonValid(Article art, String json) {
        JsonNode root;
        try {
            root = AnalysisJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("analysis JSON does not parse: " + e.getMessage(), e);
        }
        assertThat(root.path("title").asText()).isEqualTo(art.title());
        assertThat(root.path("text").asText()).isEqualTo(art.text());
        walk(root, new CodePoints(art.title()), new CodePoints(art.text()));
    }

    /** Char index of every code point offset of a field, computed once. */
    private record CodePoints(String s, int[] charAt) {
        CodePoints(String s) {
            this(s, s.codePoints().map(Character::charCount).toArray());
        }

        CodePoints {
            int[] idx = new int[charAt.length + 1];
            for (int i = 0; i < charAt.length; i++) {
                idx[i + 1] = idx[i] + charAt[i];
            }
            charAt = idx;
        }

        int length() {
            return charAt.length - 1;
        }
    }

    private static void walk(JsonNode n, CodePoints title, CodePoints text) {
        if (n.isObject() && n.has("field") && n.has("start") && n.has("end")) {
            CodePoints f = "title".equals(n.get("field").asText()) ? title : text;
            int start = n.get("start").asInt();
            int end = n.get("end").asInt();
            assertThat(start).isBetween(0, end);
            assertThat(end).isLessThanOrEqualTo(f.length());
            if (n.has("text")) {
                assertThat(n.get("text").asText()).isEqualTo(f.s().substring(f.charAt()[start], f.charAt()[end]));
            }
        }
        for (JsonNode c : n) {
            walk(c, title, text);
        }
    }
}
