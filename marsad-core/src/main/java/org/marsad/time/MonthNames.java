package org.marsad.time;

/**
 * One-word month names of every calendar Marsad reads (Gregorian in its Levantine, Egyptian/Gulf and
 * Maghrebi names, Hijri), for steps other than date recognition: the entity linker asks it whether a
 * tagged "name" such as {@code ماي} (May) is a month.
 */
public final class MonthNames {
    private MonthNames() {
    }

    /** Whether the normalized word, perhaps with a proclitic ({@code وماي}), is a one-word month name. */
    public static boolean isMonth(String norm) {
        return TimeLexicon.get().lookup(TimeLexicon.Kind.MONTH, norm) != null;
    }
}
