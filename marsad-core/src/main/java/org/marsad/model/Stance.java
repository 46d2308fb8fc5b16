package org.marsad.model;

/** What the speaker does with the statement, as the cue verb tells. */
public enum Stance {
    ASSERT, DENY, ALLEGE, ANNOUNCE, WARN, OTHER;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
