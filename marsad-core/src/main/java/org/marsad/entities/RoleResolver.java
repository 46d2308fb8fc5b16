package org.marsad.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;
import org.marsad.text.AnalyzedText;
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

    RoleResolver(AnalyzedText text, List<ArticleEntityLinker.Candidate> cands, ArticleEntityLinker.Groups groups) {
        this.text = text;
        this.cands = cands;
        this.groups = groups;
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
                ArticleEntityLinker.Candidate org = orgAfter(f, ts, k);
                if (org == null || personRightAfter(f, ts, org.span.end())) {
                    continue;
                }
                String sig = TitleWords.roleClass(ts.norm(k)) + "|" + groups.find(cands.indexOf(org));
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
        for (int i = 0; i < cands.size(); i++) {
            ArticleEntityLinker.Candidate c = cands.get(i);
            if (c.type != EntityType.PERS && c.span.field() == f && c.span.start() >= start && c.span.end() <= end) {
                return TitleWords.roleClass(ts.norm(k)) + "|" + groups.find(i);
            }
        }
        return null;
    }

    private boolean insideCandidate(Field f, int offset) {
        for (ArticleEntityLinker.Candidate c : cands) {
            if (c.span.field() == f && c.span.start() <= offset && offset < c.span.end()) {
                return true;
            }
        }
        return false;
    }

    /** The organization or place named within three words after head token {@code k}. */
    private ArticleEntityLinker.Candidate orgAfter(Field f, TokenSequence ts, int k) {
        int limit = Math.min(ts.size() - 1, k + 3);
        for (int j = k + 1; j <= limit; j++) {
            if (!ts.kind(j).isWord()) {
                return null;
            }
            for (ArticleEntityLinker.Candidate c : cands) {
                if (c.span.field() == f && c.type != EntityType.PERS && c.span.start() >= ts.start(j)
                        && c.span.start() < ts.end(j)) {
                    return c;
                }
            }
            if (TitleWords.isBarrier(ts.norm(j))) {
                return null;
            }
        }
        return null;
    }

    private boolean personRightAfter(Field f, TokenSequence ts, int offset) {
        int j = ts.firstTokenFrom(offset);
        if (j >= ts.size()) {
            return false;
        }
        for (ArticleEntityLinker.Candidate c : cands) {
            if (c.span.field() == f && c.type == EntityType.PERS && c.span.start() >= ts.start(j)
                    && c.span.start() < ts.end(Math.min(ts.size() - 1, j + 2))) {
                return true;
            }
        }
        return false;
    }
}
