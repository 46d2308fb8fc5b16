package org.marsad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;
import org.marsad.io.AnalysisJson;
import org.marsad.io.OffsetMap;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.DateExpression;
import org.marsad.model.Entity;
import org.marsad.model.Field;
import org.marsad.model.Quantity;
import org.marsad.model.Quote;
import org.marsad.model.Sentence;
import org.marsad.model.TextSpan;

/**
 * Turns an {@link Analysis} into a row of {@link AnalysisSchema#ANALYSIS}: the same values the JSON
 * writer prints, with offsets converted to code points by the same {@link OffsetMap}.
 */
public final class AnalysisRows {
    private AnalysisRows() {
    }

    public static Row of(Analysis a, String input) {
        Article art = a.article();
        Offsets off = new Offsets(OffsetMap.of(art.title()), OffsetMap.of(art.text()));
        List<Row> sentences = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
            sentences.add(RowFactory.create(s.field().jsonName(), off.cp(s.field(), s.start()), off.cp(s.field(), s.end())));
        }
        List<Row> entities = new ArrayList<>(a.entities().size());
        Map<String, String> keys = new HashMap<>();
        for (Entity e : a.entities()) {
            String corpusKey = e.corpusKey();
            keys.put(e.id(), corpusKey);
            List<Row> mentions = new ArrayList<>(e.mentions().size());
            for (TextSpan m : e.mentions()) {
                mentions.add(span(m, off));
            }
            entities.add(RowFactory.create(e.id(), e.key(), corpusKey, e.type().name(), e.name(), e.latin(), seq(e.titles()),
                    e.gender().name().toLowerCase(Locale.ROOT), seq(mentions)));
        }
        List<Row> quotes = new ArrayList<>(a.quotes().size());
        for (Quote q : a.quotes()) {
            Row speaker = RowFactory.create(q.speaker().entity(), q.speaker().name(), q.speaker().kind().jsonName());
            String speakerKey = q.speaker().entity() == null ? null : keys.get(q.speaker().entity());
            quotes.add(RowFactory.create(speaker, speakerKey, q.cue() == null ? null : span(q.cue(), off), q.direct(),
                    q.via(), q.medium(), q.inTitle(), q.stance() == null ? null : q.stance().jsonName(),
                    span(q.content(), off), q.evidence()));
        }
        List<Row> dates = new ArrayList<>(a.dates().size());
        for (DateExpression d : a.dates()) {
            TextSpan s = d.span();
            dates.add(RowFactory.create(s.field().jsonName(), off.cp(s.field(), s.start()), off.cp(s.field(), s.end()),
                    s.text(), d.value(), d.endValue()));
        }
        List<Row> quantities = new ArrayList<>(a.quantities().size());
        for (Quantity q : a.quantities()) {
            TextSpan s = q.span();
            quantities.add(RowFactory.create(s.field().jsonName(), off.cp(s.field(), s.start()), off.cp(s.field(), s.end()),
                    s.text(), q.value(), q.unit()));
        }
        return RowFactory.create(art.id(), art.title(), art.text(),
                art.published() == null ? null : java.sql.Date.valueOf(art.published()), art.source(), art.url(),
                a.language(), metadata(art), seq(sentences), seq(entities), seq(quotes), seq(dates), seq(quantities), input, null);
    }

    /** A row for input that yielded no analysis: the id when known, where it came from, and why. */
    public static Row problem(String id, String input, String message) {
        scala.collection.Seq<Row> none = seq(List.of());
        return RowFactory.create(id, null, null, null, null, null, null, null, none, none, none, none, none, input, message);
    }

    /** Spark's row encoder takes Scala sequences for array columns. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list);
    }

    private static String metadata(Article art) {
        if (art.metadata().isEmpty()) {
            return null;
        }
        try {
            return AnalysisJson.mapper().writeValueAsString(art.metadata());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata of " + art.id() + " cannot be written as JSON", e);
        }
    }

    private static Row span(TextSpan s, Offsets off) {
        return RowFactory.create(s.field().jsonName(), off.cp(s.field(), s.start()), off.cp(s.field(), s.end()), s.text());
    }

    private record Offsets(OffsetMap title, OffsetMap text) {
        int cp(Field f, int charOffset) {
            return (f == Field.TITLE ? title : text).toCodePoint(charOffset);
        }
    }
}
