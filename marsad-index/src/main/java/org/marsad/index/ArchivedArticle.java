package org.marsad.index;

/** A stored article: its id and its full analysis as contract JSON, exactly as written at ingest. */
public record ArchivedArticle(String id, String analysisJson) {
}
