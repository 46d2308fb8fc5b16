package org.marsad.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;
import org.marsad.text.AnalyzedText;
import org.marsad.text.SpanIndex;
import org.marsad.text.TokenSequence;

/**
 * Roles used as names: {@code ممثل الكرملين} later in an article that called Peskov
 * {@code المتحدث باسم الرئاسة الروسية} is Peskov. A role is its head word's class (spokesperson,
 * head, secretary general, …) and the organization or place it belongs to; when exactly one person of
 * the article holds that role, the phrase joins that person's titles.
 */
final class RoleResolver {
    private final AnalyzedText text;
    private final List<ArticleEntityLinker.Candidate> cands;
    private final ArticleEntityLinker.Groups groups;
    /** The candidates' spans, indexed at the first question: most articles have no title to resolve. */
    private SpanIndex spans;

    RoleResolver(AnalyzedText text, List<ArticleEntityLinker.Candidate> cands, ArticleEntityLinker.Groups groups) {
        this.text = text;
        this.cands = cands;
        this.groups = groups;
    }

    private SpanIndex spans() {
        if (spans == null) {
            spans = new SpanIndex(cands.stream().map(c -> c.span).toList());
        }
        return spans;
    }

    void resolve(List<ArticleEntityLinker.Draft> drafts) {
        Map<String, List<ArticleEntityLinker.Draft>> holders = new HashMap<>();
        for (ArticleEntityLinker.Draft d : drafts) {
            if (d.type != EntityType.PERS) {
                continue;
            }
            for (TextSpan t : d.titleSpans) {
                String sig = signature(t.field(), t.start(), t.end());
                if (sig != null) {
                    List<ArticleEntityLinker.Draft> l = holders.computeIfAbsent(sig, k -> new ArrayList<>());
                    if (!l.contains(d)) {
                        l.add(d);
                    }
                }
            }
        }
        if (holders.isEmpty()) {
            return;
        }
        for (Field f : Field.values()) {
            TokenSequence ts = text.tokens(f);
            for (int k = 0; k < ts.size(); k++) {
                if (!ts.kind(k).isWord() || !TitleWords.isHead(ts.norm(k)) || insideCandidate(f, ts.start(k))) {
                    continue;
                }
                int orgAt = orgAfter(f, ts, k);
                if (orgAt < 0 || personRightAfter(f, ts, cands.get(orgAt).span.end())) {
                    continue;
                }
                ArticleEntityLinker.Candidate org = cands.get(orgAt);
                String sig = TitleWords.roleClass(ts.norm(k)) + "|" + groups.find(orgAt);
                List<ArticleEntityLinker.Draft> l = holders.get(sig);
                if (l != null && l.size() == 1) {
                    l.get(0).titles.add(text.field(f).substring(ts.start(k), org.span.end()));
                }
            }
        }
    }

    /** Role class and owner of a title span, or null when it names no organization or place. */
    private String signature(Field f, int start, int end) {
        TokenSequence ts = text.tokens(f);
        int k = ts.tokenAt(start);
        if (k < 0) {
            return null;
        }
        for (int i : spans().startingIn(f, start, end + 1)) {
            ArticleEntityLinker.Candidate c = cands.get(i);
            if (c.type != EntityType.PERS && c.span.end() <= end) {
                return TitleWords.roleClass(ts.norm(k)) + "|" + groups.find(i);
            }
        }
        return null;
    }

    private boolean insideCandidate(Field f, int offset) {
        return spans().covering(f, offset).length > 0;
    }

    /** The candidate index of the organization or place named within three words after head token {@code k}, or -1. */
    private int orgAfter(Field f, TokenSequence ts, int k) {
        int limit = Math.min(ts.size() - 1, k + 3);
        for (int j = k + 1; j <= limit; j++) {
            if (!ts.kind(j).isWord()) {
                return -1;
            }
            for (int i : spans().startingIn(f, ts.start(j), ts.end(j))) {
                if (cands.get(i).type != EntityType.PERS) {
                    return i;
                }
            }
            if (TitleWords.isBarrier(ts.norm(j))) {
                return -1;
            }
        }
        return -1;
    }

    private boolean personRightAfter(Field f, TokenSequence ts, int offset) {
        int j = ts.firstTokenFrom(offset);
        if (j >= ts.size()) {
            return false;
        }
        for (int i : spans().startingIn(f, ts.start(j), ts.end(Math.min(ts.size() - 1, j + 2)))) {
            if (cands.get(i).type == EntityType.PERS) {
                return true;
            }
        }
        return false;
    }
}
