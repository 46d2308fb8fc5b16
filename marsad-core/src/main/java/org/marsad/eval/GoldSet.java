package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads gold articles: a directory of {@code .json} files (not recursive, in name order, as the
 * reference scorer does) or a {@code .jsonl} file. A malformed file is an error naming the place:
 * scoring on part of a gold set would report numbers nobody can compare.
 */
public final class GoldSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldSet() {
    }

    public static List<GoldArticle> load(Path path) throws IOException {
        List<GoldArticle> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                out.add(parse(JSON.readTree(f.toFile()), f.toString()));
            }
        } else {
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (!line.isBlank()) {
                        out.add(parse(JSON.readTree(line), path + ":" + n));
                    }
                }
            }
        }
        return out;
    }

    static GoldArticle parse(JsonNode o, String place) {
        if (!o.isObject() || !o.path("id").isTextual()) {
            throw new IllegalArgumentException(place + ": not a gold article (an object with an \"id\")");
        }
        List<GoldArticle.Quote> quotes = new ArrayList<>();
        for (JsonNode q : o.path("quotes")) {
            quotes.add(new GoldArticle.Quote(text(q, "speaker"), text(q, "speaker_kind"), strings(q.path("speaker_aliases")),
                    text(q, "cue"), q.path("direct").asBoolean(false), text(q, "via"), text(q, "medium"),
                    q.path("in_title").asBoolean(false), require(q, "content", place)));
        }
        List<GoldArticle.Date> dates = new ArrayList<>();
        for (JsonNode d : o.path("dates")) {
            dates.add(new GoldArticle.Date(require(d, "text", place), text(d, "value")));
        }
        List<GoldArticle.Entity> entities = new ArrayList<>();
        for (JsonNode e : o.path("entities")) {
            entities.add(new GoldArticle.Entity(require(e, "type", place), require(e, "name", place), strings(e.path("mentions"))));
        }
        return new GoldArticle(o.get("id").asText(), text(o, "source"), text(o, "published"), text(o, "title"),
                text(o, "text"), quotes, dates, entities);
    }

    private static String require(JsonNode n, String field, String place) {
        String v = text(n, field);
        if (v == null) {
            throw new IllegalArgumentException(place + ": missing \"" + field + "\" in " + n);
        }
        return v;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : arr) {
            out.add(v.isNull() ? null : v.asText());
        }
        return out;
    }
}
