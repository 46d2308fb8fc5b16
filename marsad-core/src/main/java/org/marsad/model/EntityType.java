package org.marsad.model;

/** Named-entity types, as in ANERcorp. */
public enum EntityType {
    PERS, ORG, LOC, MISC;

    public static EntityType parse(String s) {
        return switch (s) {
            case "PERS", "PER", "PERSON" -> PERS;
            case "ORG", "ORGANIZATION" -> ORG;
            case "LOC", "GPE", "LOCATION" -> LOC;
            case "MISC" -> MISC;
            default -> throw new IllegalArgumentException("unknown entity type: " + s);
        };
    }
}
