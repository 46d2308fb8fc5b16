package org.marsad.entities;

/** A catalog file that does not follow the format; the message names the file and line. */
public final class CatalogFormatException extends RuntimeException {
    private final String source;
    private final int line;

    public CatalogFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
