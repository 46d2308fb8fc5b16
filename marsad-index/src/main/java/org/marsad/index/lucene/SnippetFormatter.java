package org.marsad.index.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.marsad.index.SearchHit;

/** Joins the best passages into plain text and keeps the matched stretches as offsets into it. */
public final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = " … ";

    public record Snippet(String text, List<SearchHit.Highlight> highlights) {
    }

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        List<SearchHit.Highlight> hl = new ArrayList<>();
        for (Passage p : passages) {
            if (sb.length() > 0) {
                sb.append(ELLIPSIS);
            }
            int base = sb.length() - p.getStartOffset();
            int lastEnd = -1;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = Math.max(p.getMatchStarts()[i], lastEnd);
                int e = p.getMatchEnds()[i];
                if (e <= s) {
                    continue;
                }
                if (!hl.isEmpty() && hl.get(hl.size() - 1).end() >= s + base) {
                    SearchHit.Highlight last = hl.remove(hl.size() - 1);
                    hl.add(new SearchHit.Highlight(last.start(), e + base));
                } else {
                    hl.add(new SearchHit.Highlight(s + base, e + base));
                }
                lastEnd = e;
            }
            for (int i = p.getStartOffset(); i < p.getEndOffset(); i++) {
                char c = content.charAt(i);
                sb.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            }
        }
        return new Snippet(sb.toString(), hl);
    }
}
