package org.marsad.io;

/**
 * A piece of input that could not be read as an article, and where it is.
 *
 * @param source     file name, or {@code <stdin>}
 * @param line       1-based line number, or 0 when the problem is not tied to a line
 * @param byteOffset byte offset into the (decompressed) input, or -1
 */
public record InputProblem(String source, long line, long byteOffset, String message) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (byteOffset >= 0) {
            sb.append(" (byte ").append(byteOffset).append(')');
        }
        return sb.append(": ").append(message).toString();
    }
}
