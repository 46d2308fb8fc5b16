package org.marsad.entities;

import java.util.function.IntPredicate;
import org.marsad.model.Gender;
import org.marsad.model.TokenKind;
import org.marsad.model.TextSpan;
import org.marsad.quotes.CommonWords;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TokenSequence;

/**
 * Finds the title written before a person's name ({@code المتحدث باسم الرئاسة الروسية ديمتري بيسكوف})
 * and the gender the words around it show: a feminine title ({@code رئيسة}) or speech verb
 * ({@code قالت}, {@code وأضافت}) just before the name or its title.
 */
final class TitleFinder {
    /** How far back from the name a title may start, in tokens. */
    private static final int MAX_TITLE_TOKENS = 14;

    private final AnalyzedText text;
    private final CommonWords commonWords;

    /**
     * @param title the title as the entity lists it (a joined conjunction or ل taken off), or null
     * @param span  where the title is written
     */
    record Found(String title, TextSpan span, Gender gender) {
        static Found none(Gender g) {
            return new Found(null, null, g);
        }
    }

    TitleFinder(AnalyzedText text, CommonWords commonWords) {
        this.text = text;
        this.commonWords = commonWords;
    }

    /**
     * The title before a mention. {@code person} tells the char offsets (in the mention's field) that
     * belong to another person's name: a title never reaches back over one.
     */
    Found before(TextSpan mention, IntPredicate person) {
        TokenSequence ts = text.tokens(mention.field());
        int first = ts.tokenAt(mention.start());
        if (first < 0) {
            first = ts.firstTokenFrom(mention.start());
        }
        if (first < 0 || first >= ts.size()) {
            return Found.none(Gender.UNKNOWN);
        }
        if (ts.start(first) < mention.start()) {
            // a clitic joined to the name: whatever precedes it is no title
            return Found.none(verbBefore(ts, first + 1));
        }
        // الأمين العام للأمم المتحدة، أنطونيو غوتيريش: a title apposed before a comma is the name's too
        int last = apposedComma(ts, first) ? first - 2 : first - 1;
        int head = -1;
        int skip = 0;
        for (int k = last; k >= 0 && k >= first - MAX_TITLE_TOKENS; k--) {
            if (!ts.kind(k).isWord() || ts.lineBreakBefore(k + 1) || person.test(ts.start(k))) {
                break;
            }
            String w = ts.norm(k);
            int s = headSkip(ts, k);
            if (s >= 0 && head >= 0 && !bridged(ts, k + 1, head)) {
                // وزيرة الصحة ترافق رئيس الحكومة: the earlier head belongs to another clause
                break;
            }
            if (s >= 0) {
                head = k;
                skip = s;
                if (s > 0 && !w.startsWith("لل")) {
                    // a conjunction joined to the head starts the title: و+الرئيس
                    break;
                }
                continue;
            }
            if (TitleWords.isBarrier(w)) {
                break;
            }
        }
        if (head < 0 || last == first - 1 && genitiveBefore(ts.norm(first - 1))) {
            return Found.none(verbBefore(ts, first));
        }
        String src = text.field(mention.field());
        int start = Clitics.offsetAfterLetters(src, ts.start(head), ts.end(head), skip);
        int end = ts.end(last);
        TextSpan span = TextSpan.of(text.article(), mention.field(), start, end);
        String headNorm = ts.norm(head).substring(skip);
        String title = ts.norm(head).startsWith("لل") ? "ال" + span.text() : span.text();
        Gender g = TitleWords.headGender(ts.norm(head).startsWith("لل") ? "ال" + headNorm : headNorm);
        if (g == Gender.UNKNOWN) {
            g = verbBefore(ts, head);
        }
        return new Found(title, span, g);
    }

    /**
     * Whether a lone comma on the name's line stands right before token {@code first}, after a word: the
     * apposition of news text ({@code وزير الخارجية الإيراني، جواد ظريف}). A comma governs nothing, so the
     * word before it is no noun whose complement the name is.
     */
    private static boolean apposedComma(TokenSequence ts, int first) {
        int c = first - 1;
        if (c < 1 || ts.kind(c) != TokenKind.PUNCT || ts.end(c) - ts.start(c) != 1 || ts.lineBreakBefore(first)
                || ts.lineBreakBefore(c) || !ts.kind(c - 1).isWord()) {
            return false;
        }
        char ch = ts.source().charAt(ts.start(c));
        return ch == '،' || ch == ',';
    }

    /**
     * Whether token {@code k} opens a title: the letters of a joined conjunction or ل to skip, or -1.
     * An indefinite head before a preposition ({@code متحدث باسم}) is someone else, not a title.
     */
    private static int headSkip(TokenSequence ts, int k) {
        String w = ts.norm(k);
        int skip = -1;
        if (TitleWords.isHead(w)) {
            skip = w.startsWith("لل") ? 2 : 0;
        } else if ((w.startsWith("و") || w.startsWith("ف")) && w.length() > 3 && TitleWords.isHead(w.substring(1))) {
            skip = 1;
        }
        if (skip < 0) {
            return -1;
        }
        String bare = w.substring(skip);
        if (!bare.startsWith("ال") && skip != 2 && k + 1 < ts.size() && ts.kind(k + 1).isWord()) {
            String next = ts.norm(k + 1);
            if (next.equals("باسم") || next.equals("في") || next.equals("من") || next.equals("عن")) {
                return -1;
            }
        }
        return skip;
    }

    /**
     * Whether the words from {@code from} to {@code to} (exclusive) may join two title heads into one
     * title: definite words ({@code الأول}, {@code للمندوب}), {@code باسم}/{@code لدى}/{@code في}, or an
     * indefinite noun in construct before a definite one ({@code وزارة الدفاع}). A verb or a bare noun
     * ({@code ترافق}, {@code بإعلان}) ends the title.
     */
    private static boolean bridged(TokenSequence ts, int from, int to) {
        for (int j = from; j < to; j++) {
            String w = ts.norm(j);
            if (definite(w) || w.equals("باسم") || w.equals("لدي") || w.equals("في") || TitleWords.isHead(w)) {
                continue;
            }
            if (j + 1 < to && definite(ts.norm(j + 1))) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean definite(String w) {
        return w.startsWith("ال") || w.startsWith("لل") || w.startsWith("وال") || w.startsWith("بال");
    }

    /**
     * A bare common noun right before the name governs it ({@code في حكومة يوسف الشاهد},
     * {@code بخصوص}): the name is its complement, and the words before are no title of that person.
     */
    private boolean genitiveBefore(String w) {
        if (definite(w) || TitleWords.isHead(w) || w.length() < 3) {
            return false;
        }
        if (commonWords.contains(w)) {
            return true;
        }
        return (w.startsWith("ب") || w.startsWith("ل")) && w.length() >= 4 && commonWords.contains(w.substring(1));
    }

    /** The gender of a speech verb right before token {@code k}. */
    private static Gender verbBefore(TokenSequence ts, int k) {
        int v = k - 1;
        if (v < 0 || v >= ts.size() || !ts.kind(v).isWord()) {
            return Gender.UNKNOWN;
        }
        Gender g = TitleWords.verbGender(ts.norm(v));
        return g == null ? Gender.UNKNOWN : g;
    }
}
