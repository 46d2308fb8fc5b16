package org.marsad.index;

/** An entity as the archive names it: stable key, type (PERS, ORG, LOC, MISC) and a display name. */
public record EntityRef(String key, String type, String name) {
}
