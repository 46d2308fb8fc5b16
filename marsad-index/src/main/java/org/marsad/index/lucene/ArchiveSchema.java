package org.marsad.index.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.marsad.index.ArticleFingerprint;
import org.marsad.io.AnalysisJson;
import org.marsad.io.OffsetMap;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Quote;
import org.marsad.model.TextSpan;
import org.marsad.text.ArabicNormalizer;

/**
 * How an analysis becomes Lucene documents: one block per article (the article, then one document
 * per quote and per entity), all carrying the article id so a re-ingest replaces the whole block.
 */
public final class ArchiveSchema {
    static final String KIND = "kind";
    static final String ARTICLE = "a";
    static final String QUOTE = "q";
    static final String ENTITY = "e";

    static final String AID = "aid";
    static final String FINGERPRINT = "fp";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String NAMES = "names";
    static final String DAY = "day";
    static final String PUBLISHED = "published";
    static final String SOURCE = "source";
    static final String CATEGORY = "category";
    static final String URL = "url";
    static final String JSON = "json";
    /** Entity keys named in an article (filter). */
    static final String ENTITY_KEY = "entity";
    /** Speaker keys and normalized names quoted in an article (filter). */
    static final String SPEAKER = "speaker";
    /** Speaker names and Latin names, analyzed (filter by a typed name). */
    static final String SPEAKER_TEXT = "speaker_text";
    /** Facet of speakers: {@code k:KEY} or {@code n:NAME}. */
    static final String SPEAKER_FACET = "speaker_facet";
    static final Map<EntityType, String> TYPE_FACET = Map.of(EntityType.PERS, "person", EntityType.ORG,
            "organization", EntityType.LOC, "place", EntityType.MISC, "misc");

    static final String Q_TEXT = "q_text";
    static final String Q_ABOUT = "q_about";
    static final String Q_STANCE = "q_stance";
    static final String Q_HIT = "q_hit";

    static final String E_KEY = "e_key";
    static final String E_NAME = "e_name";
    static final String E_TITLE = "e_title";
    static final String E_LATIN = "e_latin";
    static final String E_TYPE = "e_type";
    static final String E_MENTIONS = "e_mentions";
    static final String E_PREFIX = "e_prefix";

    static final FieldType STORED_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT.freeze();
    }

    private static final ObjectMapper MAPPER = AnalysisJson.mapper();

    private ArchiveSchema() {
    }

    static String category(Article a) {
        for (String k : new String[] {"category", "section", "topic"}) {
            Object v = a.metadata().get(k);
            if (v instanceof String s && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }

    /** A speaker or name as a filter term: normalized, lower-cased, single-spaced. */
    public static String nameTerm(String name) {
        return ArabicNormalizer.normalize(name).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    public static List<Document> documents(Analysis analysis) {
        Article art = analysis.article();
        Map<String, Entity> byLocalId = new HashMap<>();
        for (Entity e : analysis.entities()) {
            byLocalId.put(e.id(), e);
        }
        Long day = art.published() == null ? null : art.published().toEpochDay();
        String category = category(art);
        List<Document> docs = new ArrayList<>(1 + analysis.quotes().size() + analysis.entities().size());

        Document d = new Document();
        common(d, art, ARTICLE, day);
        d.add(new StringField(FINGERPRINT, ArticleFingerprint.of(art), org.apache.lucene.document.Field.Store.YES));
        d.add(new org.apache.lucene.document.Field(TITLE, art.title(), STORED_TEXT));
        d.add(new org.apache.lucene.document.Field(TEXT, art.text(), STORED_TEXT));
        if (art.url() != null) {
            d.add(new StoredField(URL, art.url()));
        }
        if (category != null) {
            keyword(d, CATEGORY, category, true);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Entity e : analysis.entities()) {
            String key = e.corpusKey();
            if (keys.add(key)) {
                d.add(new StringField(ENTITY_KEY, key, org.apache.lucene.document.Field.Store.NO));
                d.add(new SortedSetDocValuesField(TYPE_FACET.get(e.type()), new BytesRef(key)));
            }
            d.add(new TextField(NAMES, e.name(), org.apache.lucene.document.Field.Store.NO));
            if (e.latin() != null && !e.latin().isBlank()) {
                d.add(new TextField(NAMES, e.latin(), org.apache.lucene.document.Field.Store.NO));
            }
        }
        Set<String> speakers = new LinkedHashSet<>();
        for (Quote q : analysis.quotes()) {
            Speaker s = speaker(q, byLocalId);
            if (s.name != null && speakers.add(s.facet())) {
                speakerFields(d, s);
            }
        }
        d.add(new StoredField(JSON, AnalysisJson.toJson(analysis, false)));
        docs.add(d);

        OffsetMap titleMap = null;
        OffsetMap textMap = null;
        int seq = 0;
        for (Quote q : analysis.quotes()) {
            Document qd = new Document();
            common(qd, art, QUOTE, day);
            Speaker s = speaker(q, byLocalId);
            if (s.name != null) {
                speakerFields(qd, s);
            }
            qd.add(new org.apache.lucene.document.Field(Q_TEXT, q.content().text(), STORED_TEXT));
            if (q.stance() != null) {
                qd.add(new StringField(Q_STANCE, q.stance().jsonName(), org.apache.lucene.document.Field.Store.NO));
            }
            ObjectNode hit = MAPPER.createObjectNode();
            hit.put("seq", seq++);
            hit.put("title", art.title());
            hit.put("speakerKey", s.key);
            hit.put("speakerName", s.name);
            hit.put("speakerKind", q.speaker() == null ? null : q.speaker().kind().jsonName());
            hit.put("cue", q.cue() == null ? null : q.cue().text());
            hit.put("content", q.content().text());
            hit.put("direct", q.direct());
            hit.put("stance", q.stance() == null ? null : q.stance().jsonName());
            hit.put("via", q.via());
            TextSpan c = q.content();
            OffsetMap m;
            if (c.field() == Field.TITLE) {
                m = titleMap == null ? (titleMap = OffsetMap.of(art.title())) : titleMap;
            } else {
                m = textMap == null ? (textMap = OffsetMap.of(art.text())) : textMap;
            }
            hit.put("field", c.field().jsonName());
            hit.put("start", m.toCodePoint(c.start()));
            hit.put("end", m.toCodePoint(c.end()));
            ArrayNode about = hit.putArray("about");
            Set<String> aboutKeys = new LinkedHashSet<>();
            for (Entity e : analysis.entities()) {
                String key = e.corpusKey();
                if (key.equals(s.key)) {
                    continue;
                }
                for (TextSpan ms : e.mentions()) {
                    if (c.contains(ms)) {
                        if (aboutKeys.add(key)) {
                            qd.add(new StringField(Q_ABOUT, key, org.apache.lucene.document.Field.Store.NO));
                            qd.add(new SortedSetDocValuesField(Q_ABOUT, new BytesRef(key)));
                            about.addObject().put("key", key).put("type", e.type().name()).put("name", e.name());
                        }
                        break;
                    }
                }
            }
            qd.add(new StoredField(Q_HIT, hit.toString()));
            docs.add(qd);
        }

        Map<String, Entity> firstByKey = new java.util.LinkedHashMap<>();
        Map<String, Integer> mentionsByKey = new HashMap<>();
        Map<String, Set<String>> titlesByKey = new HashMap<>();
        for (Entity e : analysis.entities()) {
            String key = e.corpusKey();
            firstByKey.putIfAbsent(key, e);
            mentionsByKey.merge(key, Math.max(1, e.mentions().size()), Integer::sum);
            titlesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(e.titles());
        }
        for (Map.Entry<String, Entity> en : firstByKey.entrySet()) {
            Entity e = en.getValue();
            String key = en.getKey();
            Document ed = new Document();
            common(ed, art, ENTITY, day);
            ed.add(new StringField(E_KEY, key, org.apache.lucene.document.Field.Store.YES));
            ed.add(new SortedSetDocValuesField(E_KEY, new BytesRef(key)));
            ed.add(new StoredField(E_TYPE, e.type().name()));
            ed.add(new StoredField(E_NAME, e.name()));
            ed.add(new SortedSetDocValuesField(E_NAME, new BytesRef(e.name())));
            if (e.latin() != null && !e.latin().isBlank()) {
                ed.add(new StoredField(E_LATIN, e.latin()));
                ed.add(new SortedSetDocValuesField(E_LATIN, new BytesRef(e.latin())));
            }
            for (String t : titlesByKey.get(key)) {
                ed.add(new SortedSetDocValuesField(E_TITLE, new BytesRef(t)));
            }
            ed.add(new NumericDocValuesField(E_MENTIONS, mentionsByKey.get(key)));
            Set<String> prefixes = new LinkedHashSet<>();
            addPrefixes(prefixes, e.name());
            if (e.latin() != null) {
                addPrefixes(prefixes, e.latin());
            }
            for (String p : prefixes) {
                ed.add(new StringField(E_PREFIX, p, org.apache.lucene.document.Field.Store.NO));
            }
            docs.add(ed);
        }
        return docs;
    }

    /** The whole name and each of its words, so "بيس" and "Pes" both suggest "ديمتري بيسكوف". */
    private static void addPrefixes(Set<String> out, String name) {
        String n = nameTerm(name);
        if (n.isEmpty()) {
            return;
        }
        out.add(n);
        for (String w : n.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
    }

    private static void common(Document d, Article art, String kind, Long day) {
        d.add(new StringField(KIND, kind, org.apache.lucene.document.Field.Store.NO));
        d.add(new StringField(AID, art.id(), org.apache.lucene.document.Field.Store.YES));
        if (day != null) {
            d.add(new LongPoint(DAY, day));
            d.add(new NumericDocValuesField(DAY, day));
            d.add(new StoredField(PUBLISHED, art.published().toString()));
        }
        if (art.source() != null && !art.source().isBlank()) {
            keyword(d, SOURCE, art.source(), true);
        }
    }

    private static void keyword(Document d, String field, String value, boolean store) {
        d.add(new StringField(field, value, store ? org.apache.lucene.document.Field.Store.YES
                : org.apache.lucene.document.Field.Store.NO));
        d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static void speakerFields(Document d, Speaker s) {
        if (s.key != null) {
            d.add(new StringField(SPEAKER, s.key, org.apache.lucene.document.Field.Store.NO));
        }
        String term = nameTerm(s.name);
        if (!term.isEmpty()) {
            d.add(new StringField(SPEAKER, term, org.apache.lucene.document.Field.Store.NO));
        }
        d.add(new TextField(SPEAKER_TEXT, s.name, org.apache.lucene.document.Field.Store.NO));
        if (s.latin != null && !s.latin.isBlank()) {
            d.add(new TextField(SPEAKER_TEXT, s.latin, org.apache.lucene.document.Field.Store.NO));
        }
        d.add(new SortedSetDocValuesField(SPEAKER_FACET, new BytesRef(s.facet())));
    }

    /** A quote's speaker resolved against the article's entities. */
    record Speaker(String key, String name, String latin) {
        String facet() {
            return key != null ? "k:" + key : "n:" + name;
        }
    }

    static Speaker speaker(Quote q, Map<String, Entity> byLocalId) {
        if (q.speaker() == null) {
            return new Speaker(null, null, null);
        }
        Entity e = q.speaker().entity() == null ? null : byLocalId.get(q.speaker().entity());
        String name = q.speaker().name();
        if (e != null) {
            return new Speaker(e.corpusKey(), name != null && !name.isBlank() ? name : e.name(), e.latin());
        }
        return new Speaker(null, name == null || name.isBlank() ? null : name, null);
    }
}
