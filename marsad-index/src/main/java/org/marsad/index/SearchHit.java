package org.marsad.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One matching article.
 *
 * @param snippet    a passage of the text (or the title) around the best matches, as plain text
 * @param highlights the matched stretches of {@code snippet}, UTF-16 offsets (JavaScript string indices)
 */
public record SearchHit(String id, String title, LocalDate published, String source, String category, String url,
                        float score, String snippet, List<Highlight> highlights) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    /** A matched stretch of a snippet, end exclusive. */
    public record Highlight(int start, int end) {
    }
}
