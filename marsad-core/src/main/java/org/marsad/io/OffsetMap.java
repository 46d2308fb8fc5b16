package org.marsad.io;

/**
 * Converts UTF-16 char offsets (Java's) to Unicode code point offsets (the contract's). Text with no
 * surrogate pairs — nearly all Arabic news — maps to itself with no table.
 */
public final class OffsetMap {
    private final int[] cp;

    private OffsetMap(int[] cp) {
        this.cp = cp;
    }

    public static OffsetMap of(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !Character.isSurrogate(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return new OffsetMap(null);
        }
        int[] m = new int[n + 1];
        int c = 0;
        for (int k = 0; k < n; k++) {
            m[k] = c;
            if (!(Character.isHighSurrogate(s.charAt(k)) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1)))) {
                c++;
            }
        }
        m[n] = c;
        return new OffsetMap(m);
    }

    public int toCodePoint(int charOffset) {
        return cp == null ? charOffset : cp[charOffset];
    }

    /** The char offset of a code point offset. */
    public static int toChar(String s, int codePointOffset) {
        return s.offsetByCodePoints(0, codePointOffset);
    }
}
