package org.marsad.model;

/** The article field a span points into. */
public enum Field {
    TITLE("title"),
    TEXT("text");

    private final String jsonName;

    Field(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Field fromJson(String name) {
        return switch (name) {
            case "title" -> TITLE;
            case "text" -> TEXT;
            default -> throw new IllegalArgumentException("unknown field: " + name);
        };
    }
}
