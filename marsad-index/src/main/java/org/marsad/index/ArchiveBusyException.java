package org.marsad.index;

/** The archive is being written by someone else (for Lucene: another process holds the write lock). */
public final class ArchiveBusyException extends IllegalStateException {
    public ArchiveBusyException(String message) {
        super(message);
    }
}
