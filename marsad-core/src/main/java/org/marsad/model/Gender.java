package org.marsad.model;

public enum Gender {
    MALE, FEMALE, UNKNOWN
}
