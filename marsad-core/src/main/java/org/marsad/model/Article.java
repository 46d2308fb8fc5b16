package org.marsad.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as read from input. {@code metadata} keeps every input field Marsad does not
 * interpret, so nothing the user supplied is lost on the way to the output.
 */
public record Article(String id, String title, String text, LocalDate published, String source,
                      String url, Map<String, Object> metadata) {
    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        // insertion order is kept so that output lists the input's extra fields in the input's order, run after run
        metadata = metadata == null || metadata.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        metadata.values().forEach(v -> Objects.requireNonNull(v, "metadata value"));
    }

    public static Article of(String id, String title, String text, LocalDate published) {
        return new Article(id, title, text, published, null, null, Map.of());
    }

    public String field(Field field) {
        return field == Field.TITLE ? title : text;
    }
}
