package org.marsad.text;

import java.util.Arrays;
import org.marsad.model.Field;
import org.marsad.model.TokenKind;

/**
 * The tokens of one field, kept as parallel arrays (no object per token). Normalized forms are
 * computed once, on first request.
 */
public final class TokenSequence {
    private static final TokenKind[] KINDS = TokenKind.values();

    private final String text;
    private final Field field;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private String[] norms;
    /** Where {@link #norm} builds each form (one buffer per sequence instead of one per token). */
    private StringBuilder normBuffer;

    public TokenSequence(String text, Field field) {
        this.text = text;
        this.field = field;
        int cap = Math.max(8, text.length() / 5);
        starts = new int[cap];
        ends = new int[cap];
        kinds = new byte[cap];
    }

    void add(int start, int end, TokenKind kind) {
        if (size == starts.length) {
            int cap = size * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            kinds = Arrays.copyOf(kinds, cap);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = (byte) kind.ordinal();
        size++;
    }

    public String source() {
        return text;
    }

    public Field field() {
        return field;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[check(i)];
    }

    public int end(int i) {
        return ends[check(i)];
    }

    public TokenKind kind(int i) {
        return KINDS[kinds[check(i)]];
    }

    public String text(int i) {
        return text.substring(starts[check(i)], ends[i]);
    }

    /** The token's normalized form ({@link ArabicNormalizer}), computed once and cached. */
    public String norm(int i) {
        check(i);
        if (norms == null) {
            norms = new String[size];
        }
        String n = norms[i];
        if (n == null) {
            if (normBuffer == null) {
                normBuffer = new StringBuilder(32);
            }
            normBuffer.setLength(0);
            n = ArabicNormalizer.normalize(text, starts[i], ends[i], normBuffer).toString();
            norms[i] = n;
        }
        return n;
    }

    public char firstChar(int i) {
        return text.charAt(starts[check(i)]);
    }

    /** Index of the token covering char offset {@code offset}, or -1. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else if (starts[mid] > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Index of the first token starting at or after {@code offset} (size when none). */
    public int firstTokenFrom(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when a line break lies between token {@code i-1} and token {@code i}. */
    public boolean lineBreakBefore(int i) {
        int from = i == 0 ? 0 : ends[i - 1];
        int to = starts[check(i)];
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                return true;
            }
        }
        return i == 0;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("token " + i + " of " + size);
        }
        return i;
    }
}
