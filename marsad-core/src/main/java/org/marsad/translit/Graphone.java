package org.marsad.translit;

/** A unit of the joint model: Arabic letters and the Latin letters they are written as (possibly none). */
public record Graphone(String arabic, String latin) {
}
