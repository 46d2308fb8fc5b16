package org.marsad.index;

import java.time.LocalDate;

/** Size and extent of an archive. */
public record ArchiveStats(long articles, long quotes, long entityMentions, long sizeBytes, LocalDate firstPublished,
                           LocalDate lastPublished) {
}
