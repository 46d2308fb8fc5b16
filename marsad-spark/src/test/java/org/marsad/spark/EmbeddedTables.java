package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.marsad.io.AnalysisJson;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.ArabicNormalizer;

/**
 * The embedded path's tables, and what Spark wrote, both as one JSON node per row, so the two compare
 * row by row: the articles of one JSONL file read by {@link ArticleReader}, analysed by
 * {@link Pipeline#analyze} and written by {@link AnalysisJson}, projected the way the table columns are
 * documented (docs/spark.md).
 */
final class EmbeddedTables {
    static final List<String> TABLES = List.of("articles", "entities", "mentions", "quotes", "dates", "quantities");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EmbeddedTables() {
    }

    /** The tables the embedded path gives for {@code file} (one JSONL file). */
    static Map<String, List<JsonNode>> of(Path file, PipelineFactory pipelines) {
        Pipeline pipeline = pipelines.create();
        Map<String, List<JsonNode>> t = new LinkedHashMap<>();
        TABLES.forEach(n -> t.put(n, new ArrayList<>()));
        List<String> lines = readLines(file);
        for (Article article : ArticleReader.readAll(new ArticleReader(), List.of(file)).articles()) {
            ObjectNode a = (ObjectNode) parse(AnalysisJson.toJson(pipeline.analyze(article), false));
            String id = article.id();
            if (id.startsWith(file + ":")) {
                // Spark knows no line numbers: an id-less article is named by its file and a digest of its line
                String line = lines.get(Integer.parseInt(id.substring(id.lastIndexOf(':') + 1)) - 1);
                id = file.getFileName() + "#" + AnalyzePartition.digest(line.getBytes(StandardCharsets.UTF_8));
            }
            ObjectNode row = pick(a, "title", "text", "published", "source", "url", "language", "metadata", "sentences");
            row.put("id", id);
            row.put("entity_count", a.get("entities").size());
            row.put("quote_count", a.get("quotes").size());
            row.put("date_count", a.get("dates").size());
            row.put("quantity_count", a.get("quantities").size());
            t.get("articles").add(row);
            for (JsonNode e : a.get("entities")) {
                ObjectNode r = head(id, a.get("published"));
                r.setAll(pick(e, "id", "key", "type", "name", "latin", "titles", "gender"));
                r.put("corpus_key", corpusKey(e));
                r.put("mention_count", e.get("mentions").size());
                t.get("entities").add(r);
                for (JsonNode m : e.get("mentions")) {
                    ObjectNode mr = JSON.createObjectNode().put("article_id", id);
                    mr.set("entity", e.get("id"));
                    mr.set("entity_key", e.get("key"));
                    mr.put("corpus_key", corpusKey(e));
                    mr.set("type", e.get("type"));
                    mr.setAll(pick(m, "field", "start", "end", "text"));
                    t.get("mentions").add(mr);
                }
            }
            int i = 0;
            for (JsonNode q : a.get("quotes")) {
                ObjectNode r = head(id, a.get("published"));
                r.put("quote", i++);
                r.setAll(pick(q, "speaker", "cue", "direct", "via", "medium", "in_title", "stance", "content", "evidence"));
                String speaker = q.get("speaker").get("entity").isNull() ? null : q.get("speaker").get("entity").asText();
                String key = null;
                for (JsonNode e : a.get("entities")) {
                    if (e.get("id").asText().equals(speaker)) {
                        key = corpusKey(e);
                    }
                }
                r.put("speaker_key", key);
                t.get("quotes").add(r);
            }
            for (JsonNode d : a.get("dates")) {
                ObjectNode r = head(id, a.get("published"));
                r.setAll(pick(d, "field", "start", "end", "text", "value", "end_value"));
                t.get("dates").add(r);
            }
            for (JsonNode q : a.get("quantities")) {
                ObjectNode r = JSON.createObjectNode().put("article_id", id);
                r.setAll(pick(q, "field", "start", "end", "text", "value", "unit"));
                t.get("quantities").add(r);
            }
        }
        return t;
    }

    /** The rows of a Spark table; needs {@code spark.sql.jsonGenerator.ignoreNullFields=false}. */
    static List<JsonNode> rows(Dataset<Row> table) {
        List<JsonNode> rows = table.toJSON().collectAsList().stream().map(EmbeddedTables::parse).toList();
        for (JsonNode n : rows) {
            if (n.has("metadata")) {
                normalizeArticle((ObjectNode) n);
            }
        }
        return rows;
    }

    /** Asserts that Spark's tables hold exactly the embedded path's rows, table by table. */
    static void assertSame(Map<String, Dataset<Row>> spark, Map<String, List<JsonNode>> embedded) {
        for (String table : TABLES) {
            assertThat(sorted(rows(spark.get(table)))).as(table).containsExactlyElementsOf(sorted(embedded.get(table)));
        }
    }

    /** The archive's entity key rule (org.marsad.model.Entity#corpusKey), from the contract JSON. */
    private static String corpusKey(JsonNode e) {
        JsonNode key = e.get("key");
        if (key != null && !key.isNull() && !key.asText().isBlank()) {
            return key.asText();
        }
        return e.get("type").asText() + ":"
                + ArabicNormalizer.normalize(e.get("name").asText()).toLowerCase(java.util.Locale.ROOT).strip();
    }

    private static ObjectNode head(String id, JsonNode published) {
        ObjectNode r = JSON.createObjectNode().put("article_id", id);
        r.set("published", published);
        return r;
    }

    /** The named fields of {@code src}, null where the writer left one out. */
    private static ObjectNode pick(JsonNode src, String... names) {
        ObjectNode r = JSON.createObjectNode();
        for (String n : names) {
            JsonNode v = src.get(n);
            r.set(n, v == null ? NullNode.getInstance() : v);
        }
        return r;
    }

    private static void normalizeArticle(ObjectNode n) {
        // metadata is a JSON string column; compared as JSON since a map's key order is not fixed
        JsonNode meta = n.get("metadata");
        n.set("metadata", meta.isNull() ? meta : parse(meta.asText()));
        assertThat(n.remove("input")).isNotNull();
    }

    static List<String> sorted(List<JsonNode> rows) {
        // a canonical text per row (keys sorted), so rows compare whatever the column order
        return rows.stream().map(EmbeddedTables::canonical).sorted(Comparator.naturalOrder()).toList();
    }

    private static String canonical(JsonNode n) {
        if (n instanceof ObjectNode o) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            keys.sort(Comparator.naturalOrder());
            return keys.stream().map(k -> JSON.valueToTree(k).toString() + ":" + canonical(o.get(k)))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (n instanceof ArrayNode a) {
            List<String> items = new ArrayList<>();
            a.forEach(x -> items.add(canonical(x)));
            return "[" + String.join(",", items) + "]";
        }
        return n instanceof IntNode || !n.isNumber() ? n.toString() : n.decimalValue().stripTrailingZeros().toPlainString();
    }

    static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
