package org.marsad.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;

/**
 * Turns the archive's documents ({@code ArchiveSchema.documents}: one article, its quotes, its
 * entities) into OpenSearch documents with the same fields, so both back ends index the same thing.
 * Text fields are analysed here, by Marsad's analyzer: each position's first reading goes to
 * {@code field}, its second reading (or the first again) to {@code field__alt}, space-separated, so the
 * server's whitespace analyzer rebuilds the same positions; stored text also goes to {@code field__raw}.
 */
final class DocumentBridge {
    static final Set<String> TEXT_FIELDS = Set.of("title", "text", "names", "speaker_text", "q_text");
    static final String ALT = "__alt";
    static final String RAW = "__raw";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Analyzer analyzer;

    DocumentBridge(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    ObjectNode convert(Document d) {
        Map<String, Set<String>> keywords = new LinkedHashMap<>();
        Map<String, List<String[]>> texts = new LinkedHashMap<>();
        ObjectNode out = JSON.createObjectNode();
        for (IndexableField f : d.getFields()) {
            String name = f.name();
            IndexableFieldType t = f.fieldType();
            if (t.tokenized() && t.indexOptions() != IndexOptions.NONE) {
                texts.computeIfAbsent(name, k -> new ArrayList<>()).add(analyze(name, f.stringValue()));
                if (t.stored()) {
                    out.put(name + RAW, f.stringValue());
                }
            } else if (f instanceof LongPoint p) {
                out.put(name, p.numericValue().longValue());
            } else if (f.numericValue() != null) {
                out.put(name, f.numericValue().longValue());
            } else {
                String v = f.stringValue() != null ? f.stringValue()
                        : f.binaryValue() != null ? f.binaryValue().utf8ToString() : null;
                if (v != null) {
                    keywords.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(v);
                }
            }
        }
        keywords.forEach((name, values) -> {
            if (values.size() == 1) {
                out.put(name, values.iterator().next());
            } else {
                ArrayNode a = out.putArray(name);
                values.forEach(a::add);
            }
        });
        texts.forEach((name, values) -> {
            ArrayNode main = out.putArray(name);
            ArrayNode alt = out.putArray(name + ALT);
            for (String[] v : values) {
                main.add(v[0]);
                alt.add(v[1]);
            }
        });
        if (out.has("day")) {
            // a date for the calendar histograms (timelines, year facets)
            out.put("date", LocalDate.ofEpochDay(out.get("day").asLong()).toString());
        }
        return out;
    }

    /** The positions of {@code value} as two space-separated strings: first readings, second readings. */
    String[] analyze(String field, String value) {
        StringBuilder main = new StringBuilder();
        StringBuilder alt = new StringBuilder();
        String last = null;
        String lastAlt = null;
        try (TokenStream ts = analyzer.tokenStream(field, value)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String s = term.toString();
                if (inc.getPositionIncrement() == 0 && last != null) {
                    lastAlt = s;
                    continue;
                }
                if (last != null) {
                    append(main, alt, last, lastAlt);
                }
                last = s;
                lastAlt = null;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (last != null) {
            append(main, alt, last, lastAlt);
        }
        return new String[] {main.toString(), alt.toString()};
    }

    private static void append(StringBuilder main, StringBuilder alt, String term, String second) {
        if (main.length() > 0) {
            main.append(' ');
            alt.append(' ');
        }
        main.append(clean(term));
        alt.append(clean(second == null ? term : second));
    }

    /** A term never holds a space (the server splits on them); an empty one keeps its position. */
    private static String clean(String term) {
        if (term.isEmpty()) {
            return "_";
        }
        for (int i = 0; i < term.length(); i++) {
            if (Character.isWhitespace(term.charAt(i))) {
                return term.replaceAll("\\s", "_").toLowerCase(Locale.ROOT);
            }
        }
        return term;
    }
}
