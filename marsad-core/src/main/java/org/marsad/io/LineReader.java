package org.marsad.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines of bounded length from a stream: a line longer than the limit is skipped to its
 * end and reported as too long, so memory stays bounded on any input.
 */
final class LineReader {
    private final InputStream in;
    private final int maxLine;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private byte[] line = new byte[1024];
    private int len;
    private long lineNumber;
    private long lineOffset;
    private long consumed;
    private boolean tooLong;
    private long fullLength;

    LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** Advances to the next line; false at end of input. */
    boolean next() throws IOException {
        len = 0;
        tooLong = false;
        fullLength = 0;
        lineOffset = consumed;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                lim = in.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    if (any) {
                        lineNumber++;
                        return true;
                    }
                    return false;
                }
            }
            any = true;
            int start = pos;
            while (pos < lim && buf[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos < lim) {
                pos++; // the newline
                consumed++;
                lineNumber++;
                if (len > 0 && line[len - 1] == '\r') {
                    len--;
                }
                return true;
            }
        }
    }

    private void append(int start, int end) {
        int n = end - start;
        consumed += n;
        fullLength += n;
        if (tooLong) {
            return;
        }
        if (len + n > maxLine) {
            tooLong = true;
            len = 0;
            return;
        }
        if (len + n > line.length) {
            line = Arrays.copyOf(line, Math.max(len + n, line.length * 2));
        }
        System.arraycopy(buf, start, line, len, n);
        len += n;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return len;
    }

    boolean tooLong() {
        return tooLong;
    }

    long fullLength() {
        return fullLength;
    }

    long lineNumber() {
        return lineNumber;
    }

    long lineOffset() {
        return lineOffset;
    }
}
