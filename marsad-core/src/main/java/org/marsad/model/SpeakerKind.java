package org.marsad.model;

public enum SpeakerKind {
    PERSON, ORGANIZATION, COUNTRY, ANONYMOUS, OTHER;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
