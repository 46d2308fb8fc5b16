package org.marsad.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One quote with its article. Offsets are code points into the article field named by
 * {@code field}, as in the analysis contract, so a page can mark the quote in the article text.
 *
 * @param speakerKey entity key of the speaker, or null when the speaker is not a linked entity
 * @param about      entities named inside the quoted words
 */
public record QuoteHit(String articleId, String articleTitle, LocalDate published, String source,
                       String speakerKey, String speakerName, String speakerKind, String cue, String content,
                       boolean direct, String stance, String via, String field, int start, int end,
                       List<EntityRef> about) {
    public QuoteHit {
        about = List.copyOf(about);
    }
}
