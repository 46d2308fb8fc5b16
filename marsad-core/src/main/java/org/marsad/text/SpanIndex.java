package org.marsad.text;

import java.util.Arrays;
import java.util.List;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;

/**
 * The spans of one article by field and start, to find those starting in a range, or covering an offset,
 * without a scan of every span: a step that asks this once per name stays linear in the article's length.
 * Results are positions in the list the index was built from, ascending, so that a caller that took the
 * first match of a scan still takes the same one. A {@code null} in that list is a span left out.
 */
public final class SpanIndex {
    private final int[][] starts = new int[Field.values().length][];
    private final int[][] positions = new int[Field.values().length][];
    private final int[][] ends = new int[Field.values().length][];
    private int longest;

    public SpanIndex(List<TextSpan> spans) {
        for (Field f : Field.values()) {
            long[] packed = new long[spans.size()];
            int n = 0;
            for (int i = 0; i < spans.size(); i++) {
                TextSpan s = spans.get(i);
                if (s != null && s.field() == f) {
                    packed[n++] = (long) s.start() << 32 | i;
                    longest = Math.max(longest, s.length());
                }
            }
            Arrays.sort(packed, 0, n);
            int[] st = new int[n];
            int[] pos = new int[n];
            int[] en = new int[n];
            for (int k = 0; k < n; k++) {
                st[k] = (int) (packed[k] >>> 32);
                pos[k] = (int) packed[k];
                en[k] = spans.get(pos[k]).end();
            }
            starts[f.ordinal()] = st;
            positions[f.ordinal()] = pos;
            ends[f.ordinal()] = en;
        }
    }

    /** Positions of the spans of {@code field} that start at {@code from} or after and before {@code to}. */
    public int[] startingIn(Field field, int from, int to) {
        int[] st = starts[field.ordinal()];
        int lo = firstAtOrAfter(st, from);
        int hi = firstAtOrAfter(st, to);
        if (hi <= lo) {
            return EMPTY;
        }
        int[] out = Arrays.copyOfRange(positions[field.ordinal()], lo, hi);
        Arrays.sort(out);
        return out;
    }

    /** Positions of the spans of {@code field} with {@code start <= offset < end}. */
    public int[] covering(Field field, int offset) {
        int[] st = starts[field.ordinal()];
        int lo = firstAtOrAfter(st, offset - longest + 1);
        int hi = firstAtOrAfter(st, offset + 1);
        int[] out = new int[Math.max(0, hi - lo)];
        int n = 0;
        for (int k = lo; k < hi; k++) {
            if (ends[field.ordinal()][k] > offset) {
                out[n++] = positions[field.ordinal()][k];
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    private static int firstAtOrAfter(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static final int[] EMPTY = new int[0];
}
